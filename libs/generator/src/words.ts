/** Text pools for addresses, jobs, schooling, companies and goods. Plain data, no logic. */

export const STREETS: readonly string[] = [
  'Avenida Juárez', 'Calle Hidalgo', 'Calle Morelos', 'Calle 5 de Mayo', 'Avenida Insurgentes', 'Calle Allende',
  'Avenida Reforma', 'Calle Guerrero', 'Calle Zaragoza', 'Calzada Independencia', 'Avenida Revolución',
  'Calle Niños Héroes', 'Privada de los Pinos', 'Calle Álvaro Obregón', 'Avenida Universidad', 'Calle Aldama',
  'Calle Matamoros', 'Avenida López Mateos', 'Calle Francisco I. Madero', 'Calle Vicente Guerrero',
  'Calle Emiliano Zapata', 'Avenida de las Torres', 'Calle Sor Juana Inés de la Cruz', 'Calle Nezahualcóyotl',
  'Avenida Constitución', 'Calle Benito Juárez', 'Cerrada del Sauce', 'Calle Jacarandas', 'Calle Fresnos',
  'Avenida Lázaro Cárdenas', 'Calle Ignacio Ramírez', 'Calle Leona Vicario', 'Calle Josefa Ortiz de Domínguez',
  'Andador Cuauhtémoc', 'Calle Pino Suárez', 'Avenida Tecnológico', 'Calle Ocampo', 'Calle Mina',
];

export const COLONIAS: readonly string[] = [
  'Centro', 'Del Valle', 'Jardines del Bosque', 'Las Águilas', 'San José', 'Reforma', 'El Mirador', 'Moderna',
  'Providencia', 'Lomas Verdes', 'Santa María', 'Guadalupe', 'San Miguel', 'Industrial', 'Las Flores',
  'Villa de las Fuentes', 'Bosques del Valle', 'El Retiro', 'La Cañada', 'Los Ángeles', 'Buenavista',
  'San Rafael', 'Jardines de la Montaña', 'Santa Fe', 'Ejidal', 'Infonavit Las Palmas', 'Fraccionamiento Los Olivos',
  'Residencial del Parque', 'Barrio de San Juan', 'La Joya', 'Nueva España', 'Tierra Blanca', 'El Pedregal',
];

/** Cities and provinces of the foreign countries the generator uses (ISO alpha-2 keys). */
export const FOREIGN_PLACES: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  US: [['San Antonio', 'Texas'], ['Houston', 'Texas'], ['Los Angeles', 'California'], ['Chicago', 'Illinois'], ['Phoenix', 'Arizona'], ['McAllen', 'Texas']],
  ES: [['Madrid', 'Madrid'], ['Barcelona', 'Cataluña'], ['Salamanca', 'Castilla y León'], ['Valencia', 'Comunidad Valenciana']],
  CA: [['Toronto', 'Ontario'], ['Vancouver', 'British Columbia'], ['Montreal', 'Quebec']],
  GT: [['Ciudad de Guatemala', 'Guatemala'], ['Quetzaltenango', 'Quetzaltenango']],
  CO: [['Bogotá', 'Cundinamarca'], ['Medellín', 'Antioquia']],
  AR: [['Buenos Aires', 'Buenos Aires'], ['Córdoba', 'Córdoba']],
  CL: [['Santiago', 'Región Metropolitana']],
  FR: [['París', 'Île-de-France'], ['Lyon', 'Auvergne-Rhône-Alpes']],
  DE: [['Berlín', 'Berlín'], ['Múnich', 'Baviera']],
  GB: [['Londres', 'Inglaterra'], ['Edimburgo', 'Escocia']],
};

export const FOREIGN_STREETS: readonly string[] = [
  'Main Street', 'Babcock Road', 'Calle Mayor', 'Rue de Rivoli', 'Avenida Corrientes', 'Queen Street West',
  'Broadway', 'Gran Vía', 'Oak Avenue', 'Calle de Alcalá',
];

/** Areas of an ente público with the main function of the people who work there. */
export const AREAS: ReadonlyArray<readonly [string, string]> = [
  ['Dirección de Recursos Humanos', 'Administrar la nómina, el ingreso y la capacitación del personal'],
  ['Dirección de Adquisiciones', 'Conducir los procedimientos de compra de bienes y contratación de servicios'],
  ['Unidad de Transparencia', 'Atender las solicitudes de acceso a la información pública'],
  ['Dirección Jurídica', 'Representar legalmente a la institución y revisar contratos y convenios'],
  ['Dirección de Tecnologías de la Información', 'Operar y dar soporte a los sistemas informáticos institucionales'],
  ['Órgano Interno de Control', 'Auditar, investigar y vigilar el ejercicio de los recursos públicos'],
  ['Dirección de Finanzas', 'Registrar el ejercicio presupuestal y elaborar los estados financieros'],
  ['Dirección de Obras Públicas', 'Supervisar la ejecución de obra pública y la estimación de avances'],
  ['Coordinación de Comunicación Social', 'Difundir las acciones institucionales y atender a los medios'],
  ['Dirección de Planeación y Evaluación', 'Dar seguimiento a indicadores y programas institucionales'],
  ['Dirección de Servicios Generales', 'Administrar el parque vehicular, el mantenimiento y los almacenes'],
  ['Dirección de Atención Ciudadana', 'Recibir y canalizar las peticiones y quejas de la ciudadanía'],
  ['Dirección de Catastro', 'Mantener el padrón catastral y emitir avalúos'],
  ['Dirección de Ingresos', 'Recaudar contribuciones y administrar el padrón de contribuyentes'],
];

/** Operative posts (simplified format) and posts with command (complete format), with a level prefix. */
export const OPERATIVE_POSTS: ReadonlyArray<readonly [string, string]> = [
  ['Auxiliar Administrativo', 'AUX'], ['Analista', 'AN'], ['Técnico en Informática', 'TEC'], ['Secretaria Ejecutiva', 'SEC'],
  ['Capturista', 'AUX'], ['Asistente Jurídico', 'AS'], ['Inspector', 'INS'], ['Notificador', 'NOT'],
  ['Enlace Administrativo', 'EN'], ['Auditor', 'AUD'], ['Trabajador Social', 'TS'], ['Chofer', 'OP'],
  ['Recepcionista', 'AUX'], ['Almacenista', 'OP'], ['Profesional Ejecutivo', 'PE'],
];

export const COMMAND_POSTS: ReadonlyArray<readonly [string, string]> = [
  ['Jefe de Departamento', 'O'], ['Subdirector de Área', 'N'], ['Director de Área', 'M'], ['Director General Adjunto', 'L'],
  ['Director General', 'K'], ['Coordinador de Proyectos', 'N'], ['Titular de Unidad', 'K'], ['Secretario Técnico', 'L'],
  ['Jefa de Unidad de Auditoría', 'M'], ['Tesorero', 'K'], ['Contralor Interno', 'K'], ['Asesor', 'N'],
];

export const CAREERS: readonly string[] = [
  'Derecho', 'Contaduría Pública', 'Administración', 'Economía', 'Ingeniería Civil', 'Ingeniería en Sistemas Computacionales',
  'Ciencias Políticas y Administración Pública', 'Arquitectura', 'Psicología', 'Medicina', 'Comunicación',
  'Relaciones Internacionales', 'Actuaría', 'Ingeniería Industrial', 'Trabajo Social', 'Sociología', 'Pedagogía',
  'Finanzas', 'Mercadotecnia', 'Ingeniería Mecánica Eléctrica',
];

export const POSTGRADUATE_FIELDS: readonly string[] = [
  'Administración Pública', 'Derecho Fiscal', 'Políticas Públicas', 'Auditoría', 'Finanzas Públicas', 'Derecho Administrativo',
  'Gestión de Proyectos', 'Transparencia y Protección de Datos', 'Economía', 'Ciencia de Datos',
];

export const UNIVERSITIES: readonly string[] = [
  'Universidad Nacional Autónoma de México', 'Instituto Politécnico Nacional', 'Universidad de Guadalajara',
  'Universidad Autónoma de Nuevo León', 'Benemérita Universidad Autónoma de Puebla', 'Universidad Autónoma Metropolitana',
  'Instituto Tecnológico y de Estudios Superiores de Monterrey', 'Instituto Tecnológico Autónomo de México',
  'Universidad Veracruzana', 'Universidad Autónoma del Estado de México', 'Universidad de Guanajuato',
  'Universidad Autónoma de Yucatán', 'Universidad Iberoamericana', 'Universidad Michoacana de San Nicolás de Hidalgo',
  'Universidad Autónoma de Querétaro', 'Universidad Autónoma de Chihuahua', 'Universidad Autónoma de Sinaloa',
];

export const FOREIGN_UNIVERSITIES: readonly string[] = [
  'Universidad de Salamanca', 'Universidad Complutense de Madrid', 'The University of Texas at Austin',
  'Universidad de Buenos Aires', 'London School of Economics and Political Science', 'Université Paris 1 Panthéon-Sorbonne',
];

export const HIGH_SCHOOLS: readonly string[] = [
  'Colegio de Bachilleres', 'Colegio Nacional de Educación Profesional Técnica (CONALEP)', 'Escuela Nacional Preparatoria',
  'Centro de Bachillerato Tecnológico Industrial y de Servicios', 'Escuela Preparatoria Oficial', 'Centro de Estudios Científicos y Tecnológicos',
];

export const SECONDARY_SCHOOLS: readonly string[] = [
  'Escuela Secundaria Técnica', 'Escuela Secundaria General', 'Escuela Secundaria Federal', 'Telesecundaria',
];

export const TECHNICAL_CAREERS: readonly string[] = [
  'Técnico en Contabilidad', 'Técnico en Informática', 'Técnico en Administración', 'Secretariado Ejecutivo', 'Técnico en Enfermería',
];

/** Company name parts: a prefix with its sector (catalog `sector` clave), then a root and a legal form. */
export const COMPANY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['Constructora', 'CONS'], ['Comercializadora', 'CMAYOR'], ['Abarrotes', 'CMENOR'], ['Transportes', 'TRANS'],
  ['Inmobiliaria', 'SERVINM'], ['Consultoría', 'SERVPROF'], ['Despacho Contable', 'SERVPROF'], ['Agroindustrias', 'AGRI'],
  ['Servicios Corporativos', 'SERVCORP'], ['Laboratorios', 'INDMANU'], ['Clínica', 'SERVS'], ['Hotelera', 'SERVALOJ'],
  ['Minera', 'MIN'], ['Energía Solar', 'EELECT'], ['Editorial', 'MEDIOM'], ['Financiera', 'SERVFIN'],
  ['Eventos y Espectáculos', 'SERVESPAR'], ['Grupo Industrial', 'INDMANU'], ['Distribuidora', 'CMAYOR'],
];

export const COMPANY_ROOTS: readonly string[] = [
  'del Bajío', 'del Pacífico', 'del Norte', 'de Occidente', 'Peninsular', 'Azteca', 'Mexicana', 'Tapatía', 'Regiomontana',
  'Poblana', 'del Golfo', 'del Sureste', 'Huasteca', 'Mixteca', 'Jarocha', 'Altiplano', 'Sierra Madre', 'Anáhuac',
];

export const LEGAL_FORMS: readonly string[] = [
  'S.A. de C.V.', 'S.A. de C.V.', 'S. de R.L. de C.V.', 'S.C.', 'S.A.P.I. de C.V.',
];

export const BANKS: readonly string[] = [
  'BBVA México, S.A., Institución de Banca Múltiple', 'Banco Mercantil del Norte, S.A.', 'Banco Santander México, S.A.',
  'Banco Nacional de México, S.A.', 'HSBC México, S.A.', 'Scotiabank Inverlat, S.A.', 'Banco Inbursa, S.A.',
  'Banco Azteca, S.A.', 'BanCoppel, S.A.', 'Banco del Bajío, S.A.',
];

export const AFORES: readonly string[] = [
  'Afore XXI Banorte, S.A. de C.V.', 'Profuturo Afore, S.A. de C.V.', 'Afore Sura, S.A. de C.V.', 'Pensionissste',
  'Afore Coppel, S.A. de C.V.', 'Afore Inbursa, S.A. de C.V.', 'Principal Afore, S.A. de C.V.',
];

export const INSURERS: readonly string[] = [
  'Grupo Nacional Provincial, S.A.B.', 'AXA Seguros, S.A. de C.V.', 'MetLife México, S.A.', 'Seguros Monterrey New York Life, S.A. de C.V.',
  'Seguros Banorte, S.A. de C.V.',
];

export const BROKERS: readonly string[] = [
  'GBM Grupo Bursátil Mexicano, S.A. de C.V., Casa de Bolsa', 'Actinver Casa de Bolsa, S.A. de C.V.', 'Valores Mexicanos Casa de Bolsa, S.A. de C.V.',
  'Cetesdirecto (Nacional Financiera, S.N.C.)',
];

export const FOREIGN_BROKERS: readonly string[] = ['Charles Schwab & Co., Inc.', 'Interactive Brokers LLC', 'Fidelity Brokerage Services LLC'];

export const SAVINGS_COOPS: readonly string[] = ['Caja Popular Mexicana, S.C. de A.P. de R.L. de C.V.', 'Caja de Ahorro de los Trabajadores del Estado, A.C.'];

export const HOUSING_FUNDS: readonly string[] = ['Instituto del Fondo Nacional de la Vivienda para los Trabajadores', 'Fondo de la Vivienda del ISSSTE'];

export const CRYPTO_EXCHANGES: readonly string[] = ['Bitso, S.A.P.I. de C.V.'];

/** Vehicles: brand, model and a typical new price in MXN. */
export const CARS: ReadonlyArray<readonly [string, string, number]> = [
  ['Nissan', 'Versa Advance', 330_000], ['Nissan', 'March Sense', 260_000], ['Chevrolet', 'Aveo LS', 270_000],
  ['Volkswagen', 'Jetta Comfortline', 450_000], ['Volkswagen', 'Vento Starline', 300_000], ['Toyota', 'Corolla LE', 420_000],
  ['Toyota', 'Hilux Doble Cabina', 560_000], ['Mazda', 'Mazda 3 i Sport', 410_000], ['Honda', 'CR-V Turbo Plus', 650_000],
  ['KIA', 'Rio LX', 310_000], ['Ford', 'Lobo XLT', 900_000], ['Nissan', 'NP300 Frontier', 480_000], ['Hyundai', 'Creta GLS', 420_000],
  ['Suzuki', 'Swift GLX', 300_000], ['Italika', 'FT150 (motocicleta)', 28_000], ['MG', 'ZS Excite', 360_000],
  ['BMW', 'X3 xDrive30i', 1_250_000], ['Audi', 'A4 Select', 980_000],
];

export const BOATS: ReadonlyArray<readonly [string, string, number]> = [
  ['Yamaha', 'Lancha Fibra 19 pies', 450_000], ['Sea Ray', 'SPX 210', 1_600_000], ['Beneteau', 'Flyer 7', 2_300_000],
];

export const AIRCRAFT: ReadonlyArray<readonly [string, string, number]> = [
  ['Cessna', '172 Skyhawk', 6_500_000], ['Piper', 'PA-28 Archer', 5_200_000],
];

/** Movable goods per catalog clave, with a description and a typical value in MXN. */
export const GOODS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  MECA: [['Menaje de casa: sala, comedor y recámaras', 180_000], ['Muebles de sala y comedor', 90_000], ['Menaje completo de departamento', 120_000]],
  APAE: [['Pantallas, computadoras y línea blanca', 85_000], ['Equipo de cómputo y teléfonos celulares', 60_000], ['Refrigerador, lavadora y estufa', 55_000]],
  JOYA: [['Anillo de compromiso de oro blanco con diamante', 75_000], ['Reloj de pulsera de acero', 120_000], ['Juego de aretes y collar de oro', 45_000]],
  COLEC: [['Colección de monedas conmemorativas', 40_000], ['Colección de discos de vinil', 25_000], ['Colección de relojes', 150_000]],
  OBRA: [['Óleo sobre tela de pintor mexicano', 120_000], ['Escultura en bronce', 90_000], ['Grabado firmado y numerado', 35_000]],
  OTRO: [['Equipo de gimnasio', 45_000], ['Instrumentos musicales', 60_000], ['Herramienta y maquinaria de taller', 70_000]],
};

export const SOCIAL_PROGRAMS: ReadonlyArray<readonly [string, string, 'FEDERAL' | 'ESTATAL' | 'MUNICIPAL_ALCALDIA']> = [
  ['Beca Universal Benito Juárez', 'Coordinación Nacional de Becas para el Bienestar Benito Juárez', 'FEDERAL'],
  ['Pensión para el Bienestar de las Personas Adultas Mayores', 'Secretaría de Bienestar', 'FEDERAL'],
  ['Jóvenes Construyendo el Futuro', 'Secretaría del Trabajo y Previsión Social', 'FEDERAL'],
  ['Sembrando Vida', 'Secretaría de Bienestar', 'FEDERAL'],
  ['Programa de Mejoramiento de Vivienda', 'Instituto de la Vivienda del Estado', 'ESTATAL'],
  ['Apoyo a Productores del Campo', 'Secretaría de Desarrollo Rural del Estado', 'ESTATAL'],
  ['Programa de Útiles y Uniformes Escolares', 'Gobierno Municipal', 'MUNICIPAL_ALCALDIA'],
];

/** Institutions where a person takes part in decisions, per catalog `tipoInstitucion` clave. */
export const DECISION_BODIES: Readonly<Record<string, readonly string[]>> = {
  OSC: ['Fundación Educación para Todos, A.C.', 'Red Ciudadana por la Transparencia, A.C.', 'Asociación de Colonos del Valle, A.C.'],
  OB: ['Fundación Manos que Ayudan, I.A.P.', 'Banco de Alimentos Comunitario, A.C.', 'Cruz Ámbar de Asistencia, I.A.P.'],
  PP: ['Partido Político Local Nueva Alianza Ciudadana', 'Agrupación Política Estatal Renovación'],
  GS: ['Colegio de Abogados del Estado, A.C.', 'Sindicato Único de Trabajadores al Servicio del Estado', 'Colegio de Contadores Públicos, A.C.'],
  OTRO: ['Patronato del Museo Regional, A.C.', 'Club Rotario, A.C.'],
};

export const DECISION_ROLES: readonly string[] = ['Presidente del Consejo', 'Tesorera', 'Vocal', 'Secretario del Consejo Directivo', 'Consejero', 'Delegado'];

export const TIPOS_NEGOCIO: readonly string[] = [
  'Venta de abarrotes al por menor', 'Renta de maquinaria agrícola', 'Distribución de materiales de construcción',
  'Comercialización de productos agrícolas', 'Servicios de transporte de carga',
];

export const SERVICIOS_PROFESIONALES: readonly string[] = [
  'Docencia por honorarios en universidad privada', 'Asesoría contable a personas físicas', 'Consultoría jurídica independiente',
  'Elaboración de proyectos arquitectónicos', 'Consulta médica privada',
];
