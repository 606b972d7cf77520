/** Mexican given names and surnames, with the accents and ñ that real filings carry. */

export const MALE_NAMES: readonly string[] = [
  'José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Ángel', 'Francisco', 'Alejandro', 'Eduardo',
  'Fernando', 'Ricardo', 'Roberto', 'Manuel', 'Antonio', 'Javier', 'Sergio', 'Arturo', 'Raúl', 'Héctor',
  'Víctor', 'Óscar', 'Rubén', 'Andrés', 'Sebastián', 'Martín', 'Julián', 'Adrián', 'Joaquín', 'Ramón',
  'Jesús', 'César', 'Iván', 'Tomás', 'Nicolás', 'Mateo', 'Santiago', 'Diego', 'Emiliano', 'Rodrigo',
  'Gerardo', 'Alfredo', 'Armando', 'Enrique', 'Guillermo', 'Hugo', 'Ignacio', 'Efraín', 'Germán', 'Salvador',
  'Gustavo', 'Pablo', 'Rafael', 'Daniel', 'Israel',
];

export const FEMALE_NAMES: readonly string[] = [
  'María', 'Ana', 'Sofía', 'Guadalupe', 'Fernanda', 'Mónica', 'Verónica', 'Lucía', 'Inés', 'Ximena',
  'Rocío', 'Beatriz', 'Itzel', 'Montserrat', 'Leticia', 'Noemí', 'Raquel', 'Anahí', 'Ángela', 'Natalia',
  'Jimena', 'Valeria', 'Camila', 'Daniela', 'Gabriela', 'Patricia', 'Alejandra', 'Claudia', 'Elena', 'Adriana',
  'Araceli', 'Teresa', 'Yolanda', 'Rosa', 'Carmen', 'Silvia', 'Laura', 'Karla', 'Paola', 'Andrea',
  'Diana', 'Liliana', 'Miriam', 'Nayeli', 'Xóchitl', 'Citlali', 'Belén', 'Zoé', 'Maricela', 'Dulce',
  'Regina', 'Renata', 'Marisol', 'Susana', 'Julieta',
];

/** First names that usually open a compound given name (José Luis, María Fernanda). */
export const COMPOUND_MALE_FIRST: readonly string[] = ['José', 'Juan', 'Luis', 'Jorge', 'Miguel', 'Carlos', 'José'];
export const COMPOUND_FEMALE_FIRST: readonly string[] = ['María', 'Ana', 'María', 'María'];

export const SURNAMES: readonly string[] = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz',
  'Flores', 'Gómez', 'Morales', 'Vázquez', 'Jiménez', 'Reyes', 'Díaz', 'Torres', 'Gutiérrez', 'Ruiz',
  'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera',
  'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán', 'Velázquez', 'Muñoz',
  'Rojas', 'Contreras', 'Salazar', 'Luna', 'Ortega', 'Guerrero', 'Estrada', 'Bautista', 'Delgado', 'Cortés',
  'Soto', 'Sandoval', 'Peña', 'Ibáñez', 'Núñez', 'Ordóñez', 'Zúñiga', 'Patiño', 'Treviño', 'Castañeda',
  'Briseño', 'Montaño', 'Avendaño', 'Saldaña', 'Cañedo', 'Acuña', 'Espinoza', 'Fuentes', 'Cervantes', 'Cabrera',
  'Campos', 'Vega', 'Ávila', 'Carrillo', 'Ibarra', 'Maldonado', 'Molina', 'Valdez', 'Orozco', 'Acosta',
  'Lara', 'Pacheco', 'Trejo', 'Rangel', 'Becerra', 'Arellano', 'Figueroa', 'Mejía', 'Solís', 'Padilla',
  'Ochoa', 'Zamora', 'Villanueva', 'Zavala', 'Cárdenas', 'Ponce', 'Robles', 'Esquivel', 'Escobar', 'Nava',
  'Beltrán', 'Valencia', 'Sosa', 'Galindo', 'Peralta', 'Barrera', 'Cisneros', 'Pineda', 'Lozano', 'Miranda',
  'Serrano', 'Tapia', 'Meza', 'Duarte', 'Quintero', 'Ríos', 'Navarro', 'Rosales', 'Montes', 'Valenzuela',
  'Aguirre', 'Bravo', 'Cuevas', 'Durán', 'Escalante', 'Farías', 'Gallegos', 'Hidalgo', 'Islas', 'Jaramillo',
  'Lugo', 'Macías', 'Nieto', 'Olvera', 'Pantoja', 'Quiroz', 'Rentería', 'Sepúlveda', 'Tovar', 'Uribe',
  'Vallejo', 'Yáñez', 'Zepeda', 'Alcántara', 'Benítez', 'Chimal', 'Huerta', 'De la Cruz', 'Del Ángel', 'De León',
  'Xicoténcatl', 'Cuauhtle', 'Tzompa', 'Ek', 'Uc',
];
