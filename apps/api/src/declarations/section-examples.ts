/** OpenAPI examples of section bodies, in the S1 v2 shape. */
export const SECTION_EXAMPLES = {
  datosGenerales: {
    summary: 'PUT …/sections/datosGenerales',
    value: {
      nombre: 'María Fernanda',
      primerApellido: 'Ordóñez',
      segundoApellido: 'Núñez',
      curp: 'OONF981102MMNRXR03',
      rfc: { rfc: 'OONF981102', homoClave: 'LU1' },
      correoElectronico: { institucional: 'mfordonez@tlaquepaque.gob.mx', personal: 'mafer.ordonez@example.com' },
      telefono: { casa: '3336350000', celularPersonal: '3312345678' },
      situacionPersonalEstadoCivil: { clave: 'SOL', valor: 'SOLTERO (A)' },
      paisNacimiento: 'MX',
      nacionalidad: 'MX',
    },
  },
  ninguno: {
    summary: 'PUT …/sections/vehiculos (nada que declarar)',
    value: { ninguno: true },
  },
};
