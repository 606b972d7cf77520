// GENERATED FILE: DO NOT EDIT. Run `npm run generate:standards` (scripts/generate-standards.mjs).
// Source: the response schema components.schemas.resDeclaraciones.properties.results.items of
//   standards/s1/oas/OAS_API_Declaraciones_Inicial.json (INICIAL)
//   standards/s1/oas/OAS_API_Declaraciones_Modificacion.json (MODIFICACIÓN)
//   standards/s1/oas/OAS_API_Declaraciones_Conclusion.json (CONCLUSIÓN)
// One namespace per tipo; the shared parts (components.schemas) are named interfaces inside it.

/** Types of an S1 v2 result item of tipo INICIAL (OAS_API_Declaraciones_Inicial.json). */
export namespace Inicial {
  /**
   * Código de 2 caracteres del país especificado en el estándar ISO3166
   */
  export type Pais = string;
  /**
   * Aclaraciones/observaciones. En este espacio el Declarante podrá realizar las aclaraciones u observaciones que considere pertinentes respecto de alguno o algunos de los incisos de este apartado.
   */
  export type AclaracionesObservaciones = string;
  /**
   * Indicar si el elemento fue agregado, modificado, sin cambios o dado de baja
   */
  export type TipoOperacion = 'AGREGAR' | 'MODIFICAR' | 'SIN_CAMBIOS' | 'BAJA';
  /**
   * Orden de gobierno en el que se encuentra
   */
  export type NivelOrdenGobierno = 'FEDERAL' | 'ESTATAL' | 'MUNICIPAL_ALCALDIA';
  /**
   * Naturaleza jurídica al que pertenece
   */
  export type AmbitoPublico = 'EJECUTIVO' | 'LEGISLATIVO' | 'JUDICIAL' | 'ORGANO_AUTONOMO';
  /**
   * Indica que el declarante expresa no tener información relacionada
   */
  export type Ninguno = boolean;
  /**
   * Indicar si vive en México, en el extranjero o si se desconoce.
   */
  export type LugarDondeReside = 'MEXICO' | 'EXTRANJERO' | 'SE_DESCONOCE';
  /**
   * Código a 3 caracteres del ISO 4217
   */
  export type TipoMoneda = string;
  export type TitularBien = {
    /**
     * Significado de Claves:
     *   * `DEC` - DECLARANTE
     *   * `CYG` - CÓNYUGE
     *   * `CBN` - CONCUBINA O CONCUBINARIO
     *   * `CVV` - CONVIVIENTE
     *   * `DEN` - DEPENDIENTE ECONÓMICO
     *   * `CTER` - COPROPIEDAD CON TERCEROS
     *
     */
    clave?: 'DEC' | 'CYG' | 'CBN' | 'CVV' | 'DEN' | 'CTER';
    /**
     * Valor del titular del inmueble
     */
    valor?: string;
  }[];
  /**
   * Significado de Claves:
   *   * `m2 ` - METRO CUADRADO
   *   * `ha ` - HECTÁREA
   *   * `km2 ` - KILÓMETRO CUADRADO
   *
   */
  export type UnidadMedida = 'm2' | 'ha' | 'km2';
  /**
   * Indica si es persona física o persona moral
   */
  export type TipoPersona = 'FISICA' | 'MORAL';
  export type Tercero = {
    tipoPersona?: TipoPersona;
    /**
     * En caso de señalar copropiedad, escribir el nombre o nombres completos, así como apellidos completos sin abreviaturas y sin acentos ni signos especiales. Si se trata de persona moral deberá proporcionar la denominación o razón social de la institución tal y como se encuentra en el documento con el que se acredita la adquisición.
     */
    nombreRazonSocial?: string;
    /**
     * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
     */
    rfc?: string;
  }[];
  /**
   * Llenar la información para cada uno de los transmisores
   */
  export type Transmisor = {
    tipoPersona?: TipoPersona;
    /**
     * Nombre completo del transmisor, en caso de persona moral deberá proporcionar la denominación o razón social
     */
    nombreRazonSocial?: string;
    /**
     * RFC
     */
    rfc?: string;
    relacion?: ParentescoRelacion;
  }[];
  export type FormaPago = 'CRÉDITO' | 'CONTADO' | 'NO APLICA';
  /**
   * Elegir quien es el Declarante, Pareja o dependiente económico.
   */
  export type TipoRelacion = 'DECLARANTE' | 'PAREJA' | 'DEPENDIENTE_ECONOMICO';
  /**
   * Forma de recepción. Señalar si es monetario o en especie.
   */
  export type FormaRecepcion = 'MONETARIO' | 'ESPECIE';

  export interface S1Item {
    /**
     * Identificador de la declaración con valor alfanumérico
     */
    id: string;
    metadata: Metadata;
    declaracion: Declaracion;
  }
  export interface Metadata {
    /**
     * Fecha y hora en la que se presentó la declaración
     */
    actualizacion: string;
    /**
     * Institución responsable del sistema de captura
     */
    institucion: string;
    /**
     * indica el tipo de declaración
     */
    tipo: 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN';
    /**
     * indica si la declaración es completa(true) o simplificada(false)
     */
    declaracionCompleta: boolean;
    /**
     * indica si se ha realizado una actualización de conflicto de intereses
     */
    actualizacionConflictoInteres: boolean;
  }
  export interface Declaracion {
    situacionPatrimonial: SituacionPatrimonial;
    interes?: Interes;
  }
  export interface SituacionPatrimonial {
    datosGenerales: DatosGenerales;
    domicilioDeclarante?: DomicilioDeclarante;
    datosCurricularesDeclarante: DatosCurricularesDeclarante;
    datosEmpleoCargoComision: DatosEmpleoCargoComision;
    experienciaLaboral: ExperienciaLaboral;
    datosPareja?: DatosPareja;
    datosDependienteEconomico?: DatosDependientesEconomicos;
    ingresos: Ingresos;
    actividadAnualAnterior: ActividadAnualAnterior;
    bienesInmuebles?: BienesInmuebles;
    vehiculos?: Vehiculos;
    bienesMuebles?: BienesMuebles;
    inversiones?: InversionesCuentasValores;
    adeudos?: AdeudosPasivos;
    prestamoOComodato?: PrestamoComodato;
  }
  export interface DatosGenerales {
    /**
     * Nombre(s) del declarante
     */
    nombre: string;
    /**
     * Primer apellido
     */
    primerApellido: string;
    /**
     * Segundo apellido
     */
    segundoApellido?: string;
    /**
     * Escribir los dieciocho caracteres como la emitió la Secretaría de Gobernación. En caso de no contar con ella, podrá consultarla en la página de la Secretaría de Gobernación, en el apartado de Trámites.
     */
    curp?: string;
    rfc?: {
      /**
       * Registro Federal de Contribuyentes
       */
      rfc?: string;
      /**
       * Homoclave
       */
      homoClave?: string;
    };
    correoElectronico?: {
      /**
       * Escribir la dirección de correo electrónico que le haya sido asignada por el Ente Público en el que labora.
       */
      institucional?: string;
      /**
       * Escribir la dirección de correo electrónico que el Declarante haya generado para uso personal. En caso de no contar con él, deberá generar una cuenta.
       */
      personal?: string;
    };
    telefono?: {
      /**
       * Escribir el número telefónico de su domicilio, incluir lada.
       */
      casa?: string;
      /**
       * Escribir los diez dígitos de su número celular.
       */
      celularPersonal?: string;
    };
    situacionPersonalEstadoCivil?: {
      /**
       * Significado de Claves:
       *   * `SOL` - SOLTERO (A)
       *   * `CAS` - CASADO (A)
       *   * `DIV` - DIVORCIADO (A)
       *   * `VIU` - VIUDO (A)
       *   * `CON` - CONCUBINA/CONCUBINARIO/UNIÓN LIBRE
       *   * `SCO` - SOCIEDAD DE CONVIVENCIA
       *
       */
      clave?: 'SOL' | 'CAS' | 'DIV' | 'VIU' | 'CON' | 'SCO';
      /**
       * Es la condición del Declarante en función de si tiene o no pareja, según sus circunstancias o situación legal respecto a ello.
       */
      valor?:
        | 'SOLTERO (A)'
        | 'CASADO (A)'
        | 'DIVORCIADO (A)'
        | 'VIUDO (A)'
        | 'CONCUBINA/CONCUBINARIO/UNIÓN LIBRE'
        | 'SOCIEDAD DE CONVIVENCIA';
    };
    regimenMatrimonial?: {
      /**
       * Significado de las Claves:
       * * `SOC` - SOCIEDAD CONYUGAL
       * * `SBI` - SEPARACIÓN DE BIENES
       * * `OTR` - OTRO
       *
       */
      clave?: 'SOC' | 'SBI' | 'OTR';
      /**
       * En su caso, especificar, sociedad conyugal, separación de bienes u otro/especifique.
       */
      valor?: string;
    };
    paisNacimiento?: Pais;
    nacionalidad?: Pais;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DomicilioDeclarante {
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DomicilioMexico {
    calle?: string;
    numeroExterior?: string;
    numeroInterior?: string;
    coloniaLocalidad?: string;
    municipioAlcaldia?: {
      /**
       * cve_agem del Marco Geoestadístico de INEGI
       */
      clave?: string;
      /**
       * nom_agem del Marco Geoestadístico de INEGI
       */
      valor?: string;
    };
    entidadFederativa?: EntidadFederativa;
    codigoPostal?: string;
  }
  export interface EntidadFederativa {
    /**
     * cve_agee del Marco Geoestadístico de INEGI
     */
    clave?: string;
    /**
     * nom_agee del Marco Geoestadístico de INEGI
     */
    valor?: string;
  }
  export interface DomicilioExtranjero {
    calle?: string;
    numeroExterior?: string;
    numeroInterior?: string;
    ciudadLocalidad?: string;
    estadoProvincia?: string;
    pais?: Pais;
    codigoPostal?: string;
  }
  export interface DatosCurricularesDeclarante {
    escolaridad: {
      tipoOperacion?: TipoOperacion;
      /**
       * El Declarante deberá elegir alguna de las siguientes opciones: primaria, secundaria, bachillerato, carrera técnica o comercial, licenciatura, especialidad, maestría o doctorado.
       */
      nivel?: {
        /**
         * Significado de Claves:
         * * `PRI` - PRIMARIA
         * * `SEC` - SECUNDARIA
         * * `BCH` - BACHILLERATO
         * * `CTC` - CARRERA TÉCNICA O COMERCIAL
         * * `LIC` - LICENCIATURA
         * * `ESP` - ESPECIALIDAD
         * * `MAE` - MAESTRÍA
         * * `DOC` - DOCTORADO
         *
         */
        clave?: 'PRI' | 'SEC' | 'BCH' | 'CTC' | 'LIC' | 'ESP' | 'MAE' | 'DOC';
        valor?:
          | 'PRIMARIA'
          | 'SECUNDARIA'
          | 'BACHILLERATO'
          | 'CARRERA TÉCNICA O COMERCIAL'
          | 'LICENCIATURA'
          | 'ESPECIALIDAD'
          | 'MAESTRÍA'
          | 'DOCTORADO';
      };
      institucionEducativa?: {
        /**
         * Institución educativa. Escribir el nombre de la institución o escuela donde se realizaron los estudios.
         */
        nombre?: string;
        /**
         * Señalar si se ubica en México o en el extranjero.
         */
        ubicacion?: 'MX' | 'EX';
      };
      /**
       * Escribir el nombre de la carrera o de los estudios realizados.
       */
      carreraAreaConocimiento?: string;
      /**
       * Seleccionar si se encuentra cursando los estudios, finalizado o trunco.
       */
      estatus?: 'CURSANDO' | 'FINALIZADO' | 'TRUNCO';
      documentoObtenido?: 'BOLETA' | 'CERTIFICADO' | 'CONSTANCIA' | 'TITULO';
      /**
       * Señalar la fecha que indica el documento obtenido.
       */
      fechaObtencion?: string;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DatosEmpleoCargoComision {
    tipoOperacion?: TipoOperacion;
    nivelOrdenGobierno?: NivelOrdenGobierno;
    ambitoPublico?: AmbitoPublico;
    /**
     * Señalar el Ente Público al cual se encuentra adscrita la plaza.
     */
    nombreEntePublico: string;
    /**
     * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata de su adscripción. (Superior jerárquico).
     */
    areaAdscripcion?: string;
    /**
     * Señalar el nombre del empleo, cargo o comisión que aparece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
     */
    empleoCargoComision: string;
    /**
     * Indicar sí o no (true o false)
     */
    contratadoPorHonorarios?: boolean;
    /**
     * Elegir conforme a lo que señala su recibo de pago, en caso de no encontrarse en la lista desplegable, señalar otro y especificar.
     */
    nivelEmpleoCargoComision?: string;
    /**
     * Señalar cuál es la función o actividad principal que desempeña en su empleo, cargo o comisión.
     */
    funcionPrincipal?: string;
    /**
     * Señalar la fecha en que inició/concluyó el encargo.
     */
    fechaTomaPosesion?: string;
    telefonoOficina?: {
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      telefono?: string;
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      extension?: string;
    };
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface ExperienciaLaboral {
    ninguno: Ninguno;
    experiencia?: (
      | {
          tipoOperacion?: TipoOperacion;
          ambitoSector?: AmbitoSector;
          nivelOrdenGobierno?: NivelOrdenGobierno;
          ambitoPublico?: AmbitoPublico;
          /**
           * Señalar el Ente Público al cual se encuentra adscrita la plaza.
           */
          nombreEntePublico?: string;
          /**
           * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata de su adscripción. (Superior jerárquico).
           */
          areaAdscripcion?: string;
          /**
           * Señalar el nombre del empleo, cargo o comisión que aparece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
           */
          empleoCargoComision?: string;
          /**
           * Señalar cuál es la función o actividad principal que desempeña.
           */
          funcionPrincipal?: string;
          /**
           * Señalar la fecha en que inició empleo, cargo o comisión.
           */
          fechaIngreso?: string;
          /**
           * Señalar la fecha en que concluyó empleo, cargo o comisión.
           */
          fechaEgreso?: string;
          /**
           * Señalar en México o en el extranjero.
           */
          ubicacion?: 'MX' | 'EX';
        }
      | {
          tipoOperacion?: TipoOperacion;
          ambitoSector?: AmbitoSector;
          /**
           * Proporcionar el nombre de la empresa, sociedad o asociación en la que laboro.
           */
          nombreEmpresaSociedadAsociacion?: string;
          /**
           * Proporcionar los 12 dígitos de la empresa en que laboro.
           */
          rfc?: string;
          /**
           * Proporcionar el nombre del área en la cual estaba adscrito(A).
           */
          area?: string;
          /**
           * Proporcionar el nombre del puesto que desempeno.
           */
          puesto?: string;
          sector?: Sector;
          /**
           * Señalar la fecha en que inició empleo, cargo o comisión.
           */
          fechaIngreso?: string;
          /**
           * Señalar la fecha en que concluyó empleo, cargo o comisión.
           */
          fechaEgreso?: string;
          /**
           * Señalar si se ubica en Mexico o en el extranjero
           */
          ubicacion?: 'MX' | 'EX';
        }
    )[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface AmbitoSector {
    /**
     * Significado de Claves:
     *   * `PUB` - Público
     *   * `PRV` - Privado
     *   * `OTR` - Otro (Especifique)
     *
     */
    clave?: 'PUB' | 'PRV' | 'OTR';
    /**
     * Señalar si el empleo que reporta corresponde al sector público, privado u otro. En caso de señalar otro deberá especificar el sector en el que laboro.
     */
    valor?: string;
  }
  export interface Sector {
    /**
     * Significado de Claves:
     *   * `AGRI` - AGRICULTURA
     *   * `MIN` - MINERÍA
     *   * `EELECT` - ENERGÍA ELÉCTRICA
     *   * `CONS` - CONSTRUCCIÓN
     *   * `INDMANU` - INDUSTRIA MANUFACTURERA
     *   * `CMAYOR` - COMERCIO AL POR MAYOR
     *   * `CMENOR` - COMERCIO AL POR MENOR
     *   * `TRANS` - TRANSPORTE
     *   * `MEDIOM` - MEDIOS MASIVOS
     *   * `SERVFIN` - SERVICIOS FINANCIEROS
     *   * `SERVINM` - SERVICIOS INMOBILIARIOS
     *   * `SERVPROF` - SERVICIOS PROFESIONALES
     *   * `SERVCORP` - SERVICIOS CORPORATIVOS
     *   * `SERVS` - SERVICIOS DE SALUD
     *   * `SERVESPAR` - SERVICIOS DE ESPARCIMIENTO
     *   * `SERVALOJ` - SERVICIOS DE ALOJAMIENTO
     *   * `OTRO` - OTRO (ESPECIFIQUE)
     *
     */
    clave?:
      | 'AGRI'
      | 'MIN'
      | 'EELECT'
      | 'CONS'
      | 'INDMANU'
      | 'CMAYOR'
      | 'CMENOR'
      | 'TRANS'
      | 'MEDIOM'
      | 'SERVFIN'
      | 'SERVINM'
      | 'SERVPROF'
      | 'SERVCORP'
      | 'SERVS'
      | 'SERVESPAR'
      | 'SERVALOJ'
      | 'OTRO';
    valor?: string;
  }
  export interface DatosPareja {
    ninguno?: Ninguno;
    tipoOperacion?: TipoOperacion;
    /**
     * Nombre(s)
     */
    nombre?: string;
    /**
     * Primer Apellido
     */
    primerApellido?: string;
    /**
     * Segundo Apellido
     */
    segundoApellido?: string;
    /**
     * Señalar la fecha de nacimiento de la Pareja
     */
    fechaNacimiento?: string;
    /**
     * Escribir los diez caracteres básicos con los tres caracteres de la homoclave.
     */
    rfc?: string;
    /**
     * Seleccionar el tipo de relación entre las siguientes opciones: cónyuge, concubina/concubinario/unión libre o sociedad de convivencia.
     */
    relacionConDeclarante?: 'CONYUGE' | 'CONCUBINA_CONCUBINARIO_UNION_LIBRE' | 'SOCIEDAD_DE_CONVIVENCIA';
    /**
     * Deberá indicar si o no (true/false), según el caso.
     */
    ciudadanoExtranjero?: boolean;
    /**
     * Escribir los dieciocho caracteres como la emitió la Secretaría de Gobernación.
     */
    curp?: string;
    /**
     * Si la manutención depende principalmente de los ingresos de la persona servidora pública Declarante, señalará si, en caso contrario señalará no.
     */
    esDependienteEconomico?: boolean;
    /**
     * Indicar si o no, la Pareja vive en el domicilio del Declarante.
     */
    habitaDomicilioDeclarante?: boolean;
    lugarDondeReside?: LugarDondeReside;
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    actividadLaboral?: ActividadLaboral;
    actividadLaboralSectorPublico?: {
      nivelOrdenGobierno?: NivelOrdenGobierno;
      ambitoPublico?: AmbitoPublico;
      /**
       * Señalar el Ente Público al cual se encuentra adscrita la plaza.
       */
      nombreEntePublico?: string;
      /**
       * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata en la que está adscrito. (Superior jerárquico).
       */
      areaAdscripcion?: string;
      /**
       * Señalar el nombre del empleo, cargo o comisión que se establece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
       */
      empleoCargoComision?: string;
      /**
       * Señalar cuál es la función o actividad principal que desempeña su Pareja.
       */
      funcionPrincipal?: string;
      salarioMensualNeto?: Monto;
      /**
       * Señalar la fecha en que inició empleo, cargo o comisión.
       */
      fechaIngreso?: string;
    };
    actividadLaboralSectorPrivadoOtro?: {
      /**
       * Proporcionar el nombre de la empresa, sociedad o asociación en la que labora.
       */
      nombreEmpresaSociedadAsociacion?: string;
      /**
       * Proporcionar el nombre del puesto que desempeña.
       */
      empleoCargoComision?: string;
      /**
       * Proporcionar los 12 dígitos de la empresa en que labora su cónyuge, concubina/concubinario o sociedad de convivencia.
       */
      rfc?: string;
      /**
       * Señalar la fecha en que inició empleo, cargo o comisión.
       */
      fechaIngreso?: string;
      sector?: Sector;
      salarioMensualNeto?: Monto;
      /**
       * Señalar si o no, la Pareja vende o presta algún servicio al gobierno.
       */
      proveedorContratistaGobierno?: boolean;
    };
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface ActividadLaboral {
    /**
     * Significado de Claves:
     *   * `PUB` - PÚBLICO
     *   * `PRI` - PRIVADO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *   * `NIN` - NINGUNO
     *
     */
    clave?: 'PUB' | 'PRI' | 'OTRO' | 'NIN';
    valor?: string;
  }
  export interface Monto {
    /**
     * Valor sin centavos. No se aceptan valores negativos
     */
    valor: number;
    moneda: TipoMoneda;
  }
  /**
   * Proporcionar los datos de los dependientes económicos, que son aquellas personas, familiares o no, cuya manutención depende principalmente de los ingresos del Declarante.
   */
  export interface DatosDependientesEconomicos {
    ninguno?: Ninguno;
    /**
     * Llenar toda la información por cada una de las personas que dependan económicamente del Declarante.
     */
    dependienteEconomico?: {
      tipoOperacion?: TipoOperacion;
      /**
       * Nombre del dependiente económico
       */
      nombre?: string;
      /**
       * Primer apellido del dependiente económico
       */
      primerApellido?: string;
      /**
       * Segundo apellido del dependiente económico
       */
      segundoApellido?: string;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaNacimiento?: string;
      /**
       * Escribir los diez caracteres básicos con los tres caracteres de la homoclave
       */
      rfc?: string;
      parentescoRelacion?: ParentescoRelacion;
      /**
       * Indica si es extranjero o no
       */
      extranjero?: boolean;
      /**
       * Se deberá escribir los 18 caracteres de la Clave Única de
       * Registro de Población, como la emitió la Secretaría de
       * Gobernación. Este dato es información confidencial.
       */
      curp?: string;
      /**
       * Indicar sí o no, el dependiente económico vive en el domicilio del Declarante.
       */
      habitaDomicilioDeclarante?: boolean;
      /**
       * En caso de que el dependiente económico, no viva en el domicilio del Declarante, indicar si vive en México, en el extranjero o si se desconoce.
       */
      lugarDondeReside?: 'MEXICO' | 'EXTRANJERO' | 'SE_DESCONOCE';
      domicilioMexico?: DomicilioMexico;
      domicilioExtranjero?: DomicilioExtranjero;
      actividadLaboral?: ActividadLaboral;
      /**
       * Si el dependiente económico se encuentra trabajando actualmente en el sector público
       */
      actividadLaboralSectorPublico?: {
        nivelOrdenGobierno?: NivelOrdenGobierno;
        ambitoPublico?: AmbitoPublico;
        /**
         * Ente Público al cual se encuentra adscrita la plaza
         */
        nombreEntePublico?: string;
        /**
         * El nombre de la Unidad Administrativa u homóloga superior inmediata en la que está adscrito. (Superior jerárquico).
         */
        areaAdscripcion?: string;
        /**
         * Nombre del empleo, cargo o comisión que se establece en su recibo de nómina, nombramiento, contrato u oficio de comisión
         */
        empleoCargoComision?: string;
        funcionPrincipal?: string;
        salarioMensualNeto?: Monto;
        /**
         * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
         */
        fechaIngreso?: string;
      };
      actividadLaboralSectorPrivadoOtro?: {
        /**
         * Nombre de la empresa, sociedad o asociación en la que labora.
         */
        nombreEmpresaSociedadAsociacion?: string;
        /**
         * Los 12 dígitos de la empresa en la que labora el dependiente económico
         */
        rfc?: string;
        /**
         * Nombre del puesto que desempeña
         */
        empleoCargo?: string;
        /**
         * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
         */
        fechaIngreso?: string;
        salarioMensualNeto?: Monto;
        /**
         * Señala sí o no, el dependiente económico vende o presta algún servicio al gobierno
         */
        proveedorContratistaGobierno?: boolean;
        sector?: Sector;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Tipo de relación con el Declarante
   */
  export interface ParentescoRelacion {
    /**
     * Significado de Claves:
     *   * `ABU` - ABUELO(A)
     *   * `BISA` - BISABUELO(A)
     *   * `BISN` - BISNIETO(A)
     *   * `CONB` - CONCUBINA O CONCUBINARIO
     *   * `CONC` - CONCUÑO(A)
     *   * `CONY` - CÓNYUGE
     *   * `CUN` - CUÑADO(A)
     *   * `HER` - HERMANO(A)
     *   * `HIJ` - HIJO(A)
     *   * `MAD` - MADRE
     *   * `PAD` - PADRE
     *   * `PRI` - PRIMO(A)
     *   * `SOB` - SOBRINO(A)
     *   * `SUE` - SUEGRO(A)
     *   * `TATA` - TATARABUELO(A)
     *   * `TATN` - TATARANIETO(A)
     *   * `TIOA` - TIO(A)
     *   * `NIE` - NIETO(A)
     *   * `NIN` - NINGUNO
     *   * `AHI` - AHIJADO(A)
     *   * `NUE` - NUERA
     *   * `YER` - YERNO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?:
      | 'ABU'
      | 'BISA'
      | 'BISN'
      | 'CONB'
      | 'CONC'
      | 'CONY'
      | 'CUN'
      | 'HER'
      | 'HIJ'
      | 'MAD'
      | 'PAD'
      | 'PRI'
      | 'SOB'
      | 'SUE'
      | 'TATA'
      | 'TATN'
      | 'TIOA'
      | 'NIE'
      | 'NIN'
      | 'AHI'
      | 'NUE'
      | 'YER'
      | 'OTRO';
    /**
     * Valor del parentesco
     */
    valor?: string;
  }
  /**
   * Para la declaración de inicio los ingresos a reportar son mensuales.
   */
  export interface Ingresos {
    remuneracionMensualCargoPublico: Monto;
    otrosIngresosMensualesTotal?: Monto;
    actividadIndustrialComercialEmpresarial?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        /**
         * Nombre, razón social o denominación del negocio, en el cual se lleva a cabo la actividad o alguna de las actividades antes mencionadas por la cual se genera el ingreso.
         */
        nombreRazonSocial?: string;
        /**
         * Tipo de negocio por el cual obtuvo el ingreso.
         */
        tipoNegocio?: string;
      }[];
    };
    actividadFinanciera?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        tipoInstrumento?: TipoInstrumento;
      }[];
    };
    serviciosProfesionales?: {
      remuneracionTotal?: Monto;
      servicios?: {
        remuneracion?: Monto;
        /**
         * Tipo de servicio que otorga, el tipo de participación en los consejos o consultorías, así como el tipo de asesorías que llevó a cabo.
         */
        tipoServicio?: string;
      }[];
    };
    otrosIngresos?: {
      remuneracionTotal?: Monto;
      ingresos?: {
        remuneracion?: Monto;
        /**
         * Indicar si el ingreso derivó de arrendamiento, regalía, sorteos, concursos, donaciones, seguro de vida o algún otro concepto distinto no considerado en los rubros anteriores.
         */
        tipoIngreso?: string;
      }[];
    };
    ingresoMensualNetoDeclarante: Monto;
    ingresoMensualNetoParejaDependiente?: Monto;
    totalIngresosMensualesNetos: Monto;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoInstrumento {
    /**
     * Significado de Claves:
     *   * `CAP` - CAPITAL
     *   * `FIN` - FONDOS DE INVERSIÓN
     *   * `OPR` - ORGANIZACIONES PRIVADA
     *   * `SSI` - SEGURO DE SEPARACIÓN INDIVIDUALIZADO
     *   * `VBU` - VALORES BURSÁTILES
     *   * `BON` - BONOS
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?: 'CAP' | 'FIN' | 'OPR' | 'SSI' | 'VBU' | 'BON' | 'OTRO';
    /**
     * Valor del tipo de inversión
     */
    valor?: string;
  }
  export interface ActividadAnualAnterior {
    /**
     * Indica si se desempeño como servidor público en el año inmediato anterior
     */
    servidorPublicoAnioAnterior: boolean;
    /**
     * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
     */
    fechaIngreso?: string;
    /**
     * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
     */
    fechaConclusion?: string;
    remuneracionNetaCargoPublico?: Monto;
    otrosIngresosTotal?: Monto;
    actividadIndustrialComercialEmpresarial?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        /**
         * Nombre, razón social o denominación del negocio, en el cual se lleva a cabo la actividad o alguna de las actividades antes mencionadas por la cual se genera el ingreso.
         */
        nombreRazonSocial?: string;
        /**
         * Tipo de negocio por el cual obtuvo el ingreso.
         */
        tipoNegocio?: string;
      }[];
    };
    actividadFinanciera?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        tipoInstrumento?: TipoInstrumento;
      }[];
    };
    serviciosProfesionales?: {
      remuneracionTotal?: Monto;
      servicios?: {
        remuneracion?: Monto;
        /**
         * Tipo de servicio que otorga, el tipo de participación en los consejos o consultorías, así como el tipo de asesorías que llevó a cabo.
         */
        tipoServicio?: string;
      }[];
    };
    enajenacionBienes?: {
      remuneracionTotal?: Monto;
      bienes?: {
        remuneracion?: Monto;
        tipoBienEnajenado?: 'MUEBLE' | 'INMUEBLE' | 'VEHICULO';
      }[];
    };
    otrosIngresos?: {
      remuneracionTotal?: Monto;
      ingresos?: {
        remuneracion?: Monto;
        /**
         * Indicar si el ingreso derivó de arrendamiento, regalía, sorteos, concursos, donaciones, seguro de vida o algún otro concepto distinto no considerado en los rubros anteriores.
         */
        tipoIngreso?: string;
      }[];
    };
    ingresoNetoAnualDeclarante?: Monto;
    ingresoNetoAnualParejaDependiente?: Monto;
    totalIngresosNetosAnuales?: Monto;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Reportar aquellos bienes que conforme a la normatividad aplicable se consideran inmuebles.
   */
  export interface BienesInmuebles {
    ninguno?: Ninguno;
    /**
     * Llenar toda la información de cada uno de los bienes que conforme a la normatividad aplicable se consideran inmuebles.
     */
    bienInmueble?: {
      tipoOperacion?: TipoOperacion;
      tipoInmueble?: TipoInmueble;
      titular?: TitularBien;
      porcentajePropiedad?: number;
      superficieTerreno?: Superficie;
      superficieConstruccion?: Superficie;
      tercero?: Tercero;
      transmisor?: Transmisor;
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaAdquisicion?: string;
      /**
       * Número de escritura pública, folio real o cualquier dato que lo identifique
       */
      datoIdentificacion?: string;
      /**
       * Indicar si es conforme a escritura pública, sentencia o contrato
       */
      valorConformeA?: 'ESCRITURA PÚBLICA' | 'SENTENCIA' | 'CONTRATO';
      domicilioMexico?: DomicilioMexico;
      domicilioExtranjero?: DomicilioExtranjero;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoInmueble {
    /**
     * Significado de Claves:
     *   * `CASA` - CASA
     *   * `DPTO` - DEPARTAMENTO
     *   * `EDIF` - EDIFICIO
     *   * `LOCC` - LOCAL COMERCIAL
     *   * `BODG` - BODEGA
     *   * `PALC` - PALCO
     *   * `RACH` - RANCHO
     *   * `TERR` - TERRENO
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'CASA' | 'DPTO' | 'EDIF' | 'LOCC' | 'BODG' | 'PALC' | 'RACH' | 'TERR' | 'OTRO';
    valor?: string;
  }
  export interface Superficie {
    valor?: number;
    unidad?: UnidadMedida;
  }
  export interface FormaAdquisicion {
    /**
     * Significado de Claves:
     *   * `CPV` - COMPRAVENTA
     *   * `CSN` - CESIÓN
     *   * `DNC` - DONACIÓN
     *   * `HRN` - HERENCIA
     *   * `PRM` - PERMUTA
     *   * `RST` - RIFA O SORTEO
     *   * `STC` - SENTENCIA
     *
     */
    clave?: 'CPV' | 'CSN' | 'DNC' | 'HRN' | 'PRM' | 'RST' | 'STC';
    /**
     * Valor de la forma de adquisición
     */
    valor?: string;
  }
  export interface MotivoBaja {
    /**
     * Significado de Claves:
     *   * `VNT` - VENTA
     *   * `DNC` - DONACIÓN
     *   * `SNT` - SINIESTRO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?: 'VNT' | 'DNC' | 'SNT' | 'OTRO';
    /**
     * Valor del motivo de baja
     */
    valor?: string;
  }
  /**
   * Situación de los vehículos a la fecha de ingreso al empleo, cargo o comisión.
   */
  export interface Vehiculos {
    ninguno?: Ninguno;
    /**
     * Datos del vehículo declarado
     */
    vehiculo?: {
      tipoOperacion?: TipoOperacion;
      tipoVehiculo?: TipoVehiculo;
      titular?: TitularBien;
      transmisor?: Transmisor;
      /**
       * Marca
       */
      marca?: string;
      /**
       * Modelo del vehículo de acuerdo a la marca
       */
      modelo?: string;
      /**
       * Año del vehículo
       */
      anio?: number;
      /**
       * Número de serie o registro que aparece en la factura o tarjeta de circulación
       */
      numeroSerieRegistro?: string;
      tercero?: Tercero;
      lugarRegistro?: {
        pais?: Pais;
        entidadFederativa?: EntidadFederativa;
      };
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaAdquisicion?: string;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoVehiculo {
    /**
     * Significado de Claves:
     *   * `AUMOT` - AUTOMÓVIL/MOTOCICLETA
     *   * `AERN` - AERONAVE
     *   * `BARYA` - BARCO/YATE
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'AUMOT' | 'AERN' | 'BARYA' | 'OTRO';
    /**
     * Valor de la clave de tipo de vehículo
     */
    valor?: string;
  }
  export interface BienesMuebles {
    ninguno?: Ninguno;
    bienMueble?: {
      tipoOperacion?: TipoOperacion;
      titular?: TitularBien;
      /**
       * Seleccionar de la lista desplegable: menaje de casa (muebles y accesorios de casa), aparatos electrónicos y electrodomésticos, joyas, colecciones, obras de arte y otros, especifique.
       */
      tipoBien?: {
        /**
         * Significado de Claves:
         *   * `MECA` - MENAJE DE CASA (MUEBLES Y ACCESORIOS DE CASA)
         *   * `APAE` - APARATOS ELECTRÓNICOS Y ELECTRODOMÉSTICOS
         *   * `JOYA` - JOYAS
         *   * `COLEC` - COLECCIONES
         *   * `OBRA` - OBRAS DE ARTE
         *   * `OTRO` - OTROS (ESPECIFIQUE)
         *
         */
        clave?: 'MECA' | 'APAE' | 'JOYA' | 'COLEC' | 'OBRA' | 'OTRO';
        valor?: string;
      };
      transmisor?: Transmisor;
      tercero?: Tercero;
      /**
       * Referir brevemente el bien reportado.
       */
      descripcionGeneralBien?: string;
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Señalar la fecha de adquisición del mueble.
       */
      fechaAdquisicion?: string;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface InversionesCuentasValores {
    ninguno?: Ninguno;
    inversion?: {
      tipoOperacion?: TipoOperacion;
      tipoInversion?: {
        /**
         * Significado de Claves:
         *   * `BANC` - BANCARIA
         *   * `FINV` - FONDOS DE INVERSIÓN
         *   * `ORPM` - ORGANIZACIONES PRIVADAS Y/O MERCANTILES
         *   * `POMM` - POSESIÓN DE MONEDAS Y/O METALES
         *   * `SEGR` - SEGUROS
         *   * `VBUR` - VALORES BURSÁTILES
         *   * `AFOT` - AFORES Y OTROS
         *
         */
        clave?: 'BANC' | 'FINV' | 'ORPM' | 'POMM' | 'SEGR' | 'VBUR' | 'AFOT';
        valor?:
          | 'BANCARIA'
          | 'FONDOS DE INVERSIÓN'
          | 'ORGANIZACIONES PRIVADAS Y/O MERCANTILES'
          | 'POSESIÓN DE MONEDAS Y/O METALES'
          | 'SEGUROS'
          | 'VALORES BURSÁTILES'
          | 'AFORES Y OTROS';
      };
      subTipoInversion?: {
        /**
         * Significado de Claves:
         *   * tipoInversion - clave - valor
         *   * BANC - `CNOM` - CUENTA DE NÓMINA
         *   * BANC - `CAHO` - CUENTA DE AHORRO
         *   * BANC - `CCHE` - CUENTA DE CHEQUES
         *   * BANC - `CMAS` - CUENTA MAESTRA
         *   * BANC - `CEJE` - CUENTA EJE
         *   * BANC - `DPLA` - DEPÓSITO A PLAZOS
         *
         *   * FINV - `SOIN` - SOCIEDADES DE INVERSIÓN
         *   * FINV - `IFEX` - INVERSIONES FINANCIERAS EN EL EXTRANJERO
         *
         *   * ORPM - `ACCI` - ACCIONES
         *   * ORPM - `CSAH` - CAJAS DE AHORRO
         *
         *   * POMM - `CENT` - CENTENARIOS
         *   * POMM - `DIVS` - DIVISAS
         *   * POMM - `MONN` - MONEDA NACIONAL
         *   * POMM - `ONZT` - ONZAS TROY
         *   * POMM - `CRIP` - CRIPTOMONEDAS
         *
         *   * SEGR - `SSIN` - SEGURO DE SEPARACIÓN INDIVIDUALIZADO
         *   * SEGR - `SEGI` - SEGURO DE INVERSIÓN
         *   * SEGR - `SEGV` - SEGURO DE VIDA
         *
         *   * VBUR - `ADER` - ACCIONES Y DERIVADOS
         *   * VBUR - `ABAN` - ACEPTACIONES BANCARIAS
         *   * VBUR - `BGUB` - BONOS GUBERNAMENTALES
         *   * VBUR - `PCOM` - PAPEL COMERCIAL
         *
         *   * AFOT - `AFOR` - AFORES
         *   * AFOT - `FIDE` - FIDEICOMISOS
         *   * AFOT - `CTES` - CERTIFICADOS DE LA TESORERÍA
         *   * AFOT - `PFTE` - PRÉSTAMOS A FAVOR DE UN TERCERO
         *
         */
        clave?:
          | 'CNOM'
          | 'CAHO'
          | 'CCHE'
          | 'CMAS'
          | 'CEJE'
          | 'DPLA'
          | 'SOIN'
          | 'IFEX'
          | 'ACCI'
          | 'CSAH'
          | 'CENT'
          | 'DIVS'
          | 'MONN'
          | 'ONZT'
          | 'CRIP'
          | 'SSIN'
          | 'SEGI'
          | 'SEGV'
          | 'ADER'
          | 'ABAN'
          | 'BGUB'
          | 'PCOM'
          | 'AFOR'
          | 'FIDE'
          | 'CTES'
          | 'PFTE';
        valor?:
          | 'CUENTA DE NÓMINA'
          | 'CUENTA DE AHORRO'
          | 'CUENTA DE CHEQUES'
          | 'CUENTA MAESTRA'
          | 'CUENTA EJE'
          | 'DEPÓSITO A PLAZOS'
          | 'SOCIEDADES DE INVERSIÓN'
          | 'INVERSIONES FINANCIERAS EN EL EXTRANJERO'
          | 'ACCIONES'
          | 'CAJAS DE AHORRO'
          | 'CENTENARIOS'
          | 'DIVISAS'
          | 'MONEDA NACIONAL'
          | 'ONZAS TROY'
          | 'CRIPTOMONEDAS'
          | 'SEGURO DE SEPARACIÓN INDIVIDUALIZADO'
          | 'SEGURO DE INVERSIÓN'
          | 'SEGURO DE VIDA'
          | 'ACCIONES Y DERIVADOS'
          | 'ACEPTACIONES BANCARIAS'
          | 'BONOS GUBERNAMENTALES'
          | 'PAPEL COMERCIAL'
          | 'AFORES'
          | 'FIDEICOMISOS'
          | 'CERTIFICADOS DE LA TESORERÍA'
          | 'PRÉSTAMOS A FAVOR DE UN TERCERO';
      };
      titular?: TitularBien;
      tercero?: Tercero;
      /**
       * Señalar el número de cuenta, contrato, póliza o cualquier dato que permita su identificación.
       */
      numeroCuentaContrato?: string;
      /**
       * Indicar si se encuentra en México o en el extranjero, debiendo señalar el país donde se localiza.
       */
      localizacionInversion?: {
        pais?: Pais;
        /**
         * Señalar el nombre de la institución donde se encuentran registradas las inversiones cuentas o valores.
         */
        institucionRazonSocial?: string;
        /**
         * Señalar los doce dígitos correspondientes. (Si aplica).
         */
        rfc?: string;
      };
      saldoSituacionActual?: Monto;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface AdeudosPasivos {
    ninguno?: Ninguno;
    adeudo?: {
      tipoOperacion?: TipoOperacion;
      titular?: TitularBien;
      tipoAdeudo?: {
        /**
         * Significado de Claves:
         *   * `CHIP` - CRÉDITO HIPOTECARIO
         *   * `CAUT` - CRÉDITO AUTOMOTRIZ
         *   * `CPER` - CRÉDITO PERSONAL
         *   * `TCRN` - TARJETA DE CRÉDITO BANCARIA
         *   * `TCRD` - TARJETA DE CRÉDITO DEPARTAMENTAL
         *   * `PRPE` - PRÉSTAMO PERSONAL
         *   * `OTRO` - OTROS (ESPECIFIQUE)
         *
         */
        clave?: 'CHIP' | 'CAUT' | 'CPER' | 'TCRN' | 'TCRD' | 'PRPE' | 'OTRO';
        valor?: string;
      };
      /**
       * Señalar el número de contrato, cuenta o cualquier dato que permita su identificación, en caso de préstamo personal se indicará no aplica.
       */
      numeroCuentaContrato?: string;
      /**
       * Indicar la fecha en que adquirió el adeudo.
       */
      fechaAdquisicion?: string;
      montoOriginal?: Monto;
      saldoInsolutoSituacionActual?: Monto;
      tercero?: Tercero;
      otorganteCredito?: {
        tipoPersona?: TipoPersona;
        /**
         * Señalar el nombre de la institución donde contrajo la deuda.
         */
        nombreInstitucion?: string;
        /**
         * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
         */
        rfc?: string;
      };
      /**
       * Indicar si se encuentra en México o en el extranjero, debiendo señalar el país donde se localiza.
       */
      localizacionAdeudo?: {
        pais?: Pais;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface PrestamoComodato {
    ninguno?: Ninguno;
    prestamo?: {
      tipoOperacion?: TipoOperacion;
      tipoBien?: {
        /**
         * Elegir alguna de las siguientes opciones: casa, departamento, edificio, local comercial, bodega, palco, rancho, terreno, otro (especifique).
         */
        inmueble?: {
          tipoInmueble?: TipoInmueble;
          domicilioMexico?: DomicilioMexico;
          domicilioExtranjero?: DomicilioExtranjero;
        };
        vehiculo?: {
          tipo?: TipoVehiculo;
          /**
           * Elegir la marca del catálogo desplegable.
           */
          marca?: string;
          /**
           * Señalar el modelo del vehículo, de acuerdo a la marca. (Ejemplo marca Volkswagen, modelo Jetta).
           */
          modelo?: string;
          /**
           * Indicar el año del vehículo.
           */
          anio?: number;
          /**
           * Número de serie o registro que aparece en la factura o tarjeta de circulación
           */
          numeroSerieRegistro?: string;
          lugarRegistro?: {
            pais?: Pais;
            entidadFederativa?: EntidadFederativa;
          };
        };
      };
      duenoTitular?: {
        tipoDuenoTitular?: TipoPersona;
        /**
         * Deberá proporcionar el nombre completo y/o razón social del propietario del bien prestado y usado por el Declarante.
         */
        nombreTitular?: string;
        /**
         * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
         */
        rfc?: string;
        /**
         * Indicar que tipo de relación existe entre el dueño del bien prestado y el Declarante.
         */
        relacionConTitular?: string;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface Interes {
    participacion?: Participacion;
    participacionTomaDecisiones?: ParticipacionTomaDecisiones;
    apoyos?: Apoyos;
    representacion?: Representaciones;
    clientesPrincipales?: ClientesPrincipales;
    beneficiosPrivados?: BeneficiosPrivados;
    fideicomisos?: Fideicomisos;
  }
  export interface Participacion {
    ninguno?: Ninguno;
    /**
     * Señalar quién tiene participación en la empresa sociedad o asociación.
     */
    participacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Señalar el nombre o razón social completo de la empresa, sociedad o asociación, tal y como aparece en el documento legal en el que participe.
       */
      nombreEmpresaSociedadAsociacion?: string;
      /**
       * Proporcionar los 12 dígitos del registro de la empresa, sociedad o asociación en la cual participa
       */
      rfc?: string;
      /**
       * Indicar el porcentaje de participación en la empresa, sociedad o asociación.
       */
      porcentajeParticipacion?: number;
      tipoParticipacion?: TipoParticipacion;
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      /**
       * Indicar si se encuentra en México, debiendo señalar entidad federativa o en el extranjero, debiendo señalar el país donde se localiza.
       */
      ubicacion?: {
        pais?: Pais;
        entidadFederativa?: EntidadFederativa;
      };
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Seleccionar de la lista desplegable una de las siguientes opciones: socio, accionista, comisario, representante, apoderado, colaborador, beneficiario u otro, especifique.
   */
  export interface TipoParticipacion {
    /**
     * Significado de Claves:
     *   * `SCIO` - SOCIO
     *   * `ACCI` - ACCIONISTA
     *   * `COMI` - COMISARIO
     *   * `REPR` - REPRESENTANTE
     *   * `APOD` - APODERADO
     *   * `COLB` - COLABORADOR
     *   * `BENE` - BENEFICIARIO
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'SCIO' | 'ACCI' | 'COMI' | 'REPR' | 'APOD' | 'COLB' | 'BENE' | 'OTRO';
    valor?: string;
  }
  /**
   * El Declarante deberá señalar si tiene o no participación en empresas, sociedades o asociaciones, tales como socio, accionista, comisario, representante, apoderado, colaborador, beneficiario u otro, especifique. Deberá reportar hasta los últimos dos años.
   */
  export interface ParticipacionTomaDecisiones {
    ninguno?: Ninguno;
    participacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de institución. Señalar del catálogo, alguna de las siguientes: organizaciones de la sociedad civil, organizaciones benéficas, partidos políticos, gremios/sindicatos, otro, especifique.
       */
      tipoInstitucion?: {
        /**
         * Significado de Claves:
         *   * `OSC` - ORGANIZACIONES DE LA SOCIEDAD CIVIL
         *   * `OB` - ORGANIZACIONES BENÉFICAS
         *   * `PP` - PARTIDOS POLÍTICOS
         *   * `GS` - GREMIOS/SINDICATOS
         *   * `OTRO` - OTRO (ESPECIFIQUE)
         *
         */
        clave?: 'OSC' | 'OB' | 'PP' | 'GS' | 'OTRO';
        valor?: string;
      };
      /**
       * Nombre de la institución. Proporcionar la denominación o razón social de la institución, tal y como se encuentra registrada formalmente.
       */
      nombreInstitucion?: string;
      /**
       * RFC. Proporcionar los 12 dígitos del registro de la institución.
       */
      rfc?: string;
      /**
       * Puesto/rol. Indicar el cargo o función que ejerce el Declarante.
       */
      puestoRol?: string;
      /**
       * Fecha de inicio de participación dentro de la institución. Señalar la fecha en que inició funciones en la institución u organización.
       */
      fechaInicioParticipacion?: string;
      /**
       * Recibe remuneración por su participación. Indicar sí o no.
       */
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      ubicacion?: Ubicacion;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface Ubicacion {
    pais?: Pais;
    entidadFederativa?: EntidadFederativa;
  }
  /**
   * Es la contribución monetaria o en especie que otorga un Ente Público al Declarante, cónyuge o Pareja y/o dependiente económico. El apoyo en especie refiere a cualquier contribución, utilizando bienes, servicios o beneficios de naturaleza diferente al dinero. Deberá reportar hasta los últimos dos años.
   */
  export interface Apoyos {
    ninguno?: Ninguno;
    apoyo?: {
      tipoOperacion?: TipoOperacion;
      tipoPersona?: TipoPersona;
      beneficiarioPrograma?: BeneficiariosPrograma;
      /**
       * Nombre del programa. Proporcionar el nombre del programa por el cual recibe el apoyo o beneficio público.
       */
      nombrePrograma?: string;
      /**
       * Institución que otorga el apoyo. Señalar el nombre de la institución que le esté dando el apoyo.
       */
      institucionOtorgante?: string;
      nivelOrdenGobierno?: NivelOrdenGobierno;
      /**
       * Tipo de apoyo. Seleccionar del listado desplegable: subsidio (Ayuda económica que una persona recibe de un organismo oficial para satisfacer una necesidad determinada), servicio (Actividad o asistencia de un Ente Público, en favor del Declarante), Obra (materiales o servicios a favor del Declarante para construcción), otro, especifique.
       */
      tipoApoyo?: {
        /**
         * Significado de Claves:
         * * `SUB` - SUBSIDIO
         * * `SER` - SERVICIO
         * * `OBRA` - OBRA
         * * `OTRO` - OTRO (ESPECIFIQUE)
         *
         */
        clave?: 'SUB' | 'SER' | 'OBRA' | 'OTRO';
        valor?: string;
      };
      formaRecepcion?: FormaRecepcion;
      montoApoyoMensual?: Monto;
      /**
       * Especifique el apoyo. En caso de haber seleccionado en especie deberá describir en qué consiste el apoyo o beneficio.
       */
      especifiqueApoyo?: string;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface BeneficiariosPrograma {
    /**
     * Significado de Claves:
     *   * `DC` - DECLARANTE
     *   * `CY` - CÓNYUGE
     *   * `CON` - CONCUBINA O CONCUBINARIO
     *   * `CONV` - CONVIVIENTE
     *   * `HIJ` - HIJO(A)
     *   * `HER` - HERMANO(A)
     *   * `CU` - CUÑADO(A)
     *   * `MA` - MADRE
     *   * `PA` - PADRE
     *   * `TIO` - TÍO(A)
     *   * `PRI` - PRIMO(A)
     *   * `SOB` - SOBRINO(A)
     *   * `AHI` - AHIJADO(A)
     *   * `NUE` - NUERA
     *   * `YER` - YERNO
     *   * `ABU` - ABUELO(A)
     *   * `NIE` - NIETO(A)
     *   * `OTRO` - OTRO(A)
     *
     */
    clave?:
      | 'DC'
      | 'CY'
      | 'CON'
      | 'CONV'
      | 'HIJ'
      | 'HER'
      | 'CU'
      | 'MA'
      | 'PA'
      | 'TIO'
      | 'PRI'
      | 'SOB'
      | 'AHI'
      | 'NUE'
      | 'YER'
      | 'ABU'
      | 'NIE'
      | 'OTRO';
    valor?: string;
  }
  /**
   * Es cuando el Declarante actúa a nombre de otra persona física o moral (representante) o cuando una persona actúa a nombre del Declarante (representado). Deberá reportar hasta los últimos dos años.
   */
  export interface Representaciones {
    ninguno?: Ninguno;
    representacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de representación. Indicar si es representante o representado.
       */
      tipoRepresentacion?: 'REPRESENTANTE' | 'REPRESENTADO';
      /**
       * Fecha de inicio de la representación. Indicar la fecha en que comenzó la representación.
       */
      fechaInicioRepresentacion?: string;
      tipoPersona?: TipoPersona;
      /**
       * Nombre o razón social del representante/representado. Indicar el nombre o razón social completos de su representante o representado.
       */
      nombreRazonSocial?: string;
      /**
       * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del representante/representado.
       */
      rfc?: string;
      /**
       * Recibe remuneración por su representación. Indicar sí o no le pagan por representar a alguien.
       */
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      ubicacion?: Ubicacion;
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * En caso de tener alguna empresa, negocio o actividad lucrativa deberá señalar a sus clientes principales, siempre y cuando el beneficio o ganancia directa al Declarante supere mensualmente 250 Unidades de Medida y Actualización (UMA), refiriéndose al valor diario de ésta. Deberá reportar hasta los últimos dos años.
   */
  export interface ClientesPrincipales {
    ninguno?: Ninguno;
    cliente?: {
      tipoOperacion?: TipoOperacion;
      /**
       * Realiza alguna actividad lucrativa independiente al empleo cargo o comisión. Seleccionar sí o no.
       */
      realizaActividadLucrativa?: boolean;
      tipoRelacion?: TipoRelacion;
      empresa?: {
        /**
         * Nombre de la empresa o servicio que proporciona. Señalar nombre o razón social completos de la empresa o en su caso el servicio que proporciona.
         */
        nombreEmpresaServicio?: string;
        /**
         * RFC. Establecer los doce dígitos de la empresa. Proporcionar los dígitos completos del registro federal de contribuyentes.
         */
        rfc?: string;
      };
      clientePrincipal?: {
        tipoPersona?: TipoPersona;
        /**
         * Señale el nombre o razón social del cliente principal. Indicar el nombre o razón social completos del cliente principal.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del cliente principal.
         */
        rfc?: string;
      };
      sector?: Sector;
      montoAproximadoGanancia?: Monto;
      ubicacion?: Ubicacion;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Es la contribución monetaria o en especie que otorga una persona física o moral con recursos privados al Declarante o alguna de las personas señaladas en el catálogo. El apoyo en especie refiere a cualquier contribución, utilizando bienes o beneficios de naturaleza diferente al dinero. Deberá reportar hasta los últimos dos años.
   */
  export interface BeneficiosPrivados {
    ninguno?: Ninguno;
    beneficio?: {
      tipoOperacion?: TipoOperacion;
      tipoPersona?: TipoPersona;
      /**
       * Tipo de Beneficio. Seleccionar del listado el tipo de beneficio sorteo, concurso, donación u otro (especifique).
       */
      tipoBeneficio?: {
        /**
         * Significado de Claves:
         *   * `S` - SORTEO
         *   * `C` - CONCURSO
         *   * `D` - DONACIÓN
         *   * `O` - OTRO (ESPECIFICO)
         *
         */
        clave?: 'S' | 'C' | 'D' | 'O';
        valor?: string;
      };
      beneficiario?: BeneficiariosPrograma[];
      otorgante?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del otorgante. Proporcionar el nombre o razón social completos de quien otorga el beneficio.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del otorgante del beneficio.
         */
        rfc?: string;
      };
      formaRecepcion?: FormaRecepcion;
      /**
       * Especifique el beneficio. En caso de haber seleccionado en especie deberá describir en qué consiste el beneficio.
       */
      especifiqueBeneficio?: string;
      montoMensualAproximado?: Monto;
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Este apartado solo lo llenaran las personas servidoras públicas que tengan participación en un fideicomiso, ya sea en el carácter de fideicomitente, fiduciario, fideicomisario o dentro del consejo técnico. Deberá reportar hasta los últimos dos años.
   */
  export interface Fideicomisos {
    ninguno?: Ninguno;
    fideicomiso?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de fideicomiso. Seleccionar si es público, privado o mixto.
       */
      tipoFideicomiso?: 'PUBLICO' | 'PRIVADO' | 'MIXTO';
      /**
       * Tipo de participación. Seleccionar su participación como fideicomitente, fiduciario, fideicomisario o dentro del Comité Técnico.
       */
      tipoParticipacion?: 'FIDEICOMITENTE' | 'FIDUCIARIO' | 'FIDEICOMISARIO' | 'COMITE_TECNICO';
      /**
       * RFC del fideicomiso. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomiso.
       */
      rfcFideicomiso?: string;
      fideicomitente?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del fideicomitente. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomitente.
         */
        rfc?: string;
      };
      fiduciario?: {
        /**
         * Nombre o razón social del fiduciario. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fiduciario.
         */
        rfc?: string;
      };
      fideicomisario?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del fideicomisario. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomisario.
         */
        rfc?: string;
      };
      sector?: Sector;
      /**
       * ¿Dónde se localiza el fideicomiso? Seleccionar en México o en el extranjero.
       */
      extranjero?: 'MX' | 'EX';
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
}

/** Types of an S1 v2 result item of tipo MODIFICACIÓN (OAS_API_Declaraciones_Modificacion.json). */
export namespace Modificacion {
  /**
   * Código de 2 caracteres del país especificado en el estándar ISO3166
   */
  export type Pais = string;
  /**
   * Aclaraciones/observaciones. En este espacio el Declarante podrá realizar las aclaraciones u observaciones que considere pertinentes respecto de alguno o algunos de los incisos de este apartado.
   */
  export type AclaracionesObservaciones = string;
  /**
   * Indicar si el elemento fue agregado, modificado, sin cambios o dado de baja
   */
  export type TipoOperacion = 'AGREGAR' | 'MODIFICAR' | 'SIN_CAMBIOS' | 'BAJA';
  /**
   * Orden de gobierno en el que se encuentra
   */
  export type NivelOrdenGobierno = 'FEDERAL' | 'ESTATAL' | 'MUNICIPAL_ALCALDIA';
  /**
   * Naturaleza jurídica al que pertenece
   */
  export type AmbitoPublico = 'EJECUTIVO' | 'LEGISLATIVO' | 'JUDICIAL' | 'ORGANO_AUTONOMO';
  export type OtroEmpleoCargoComision = {
    nivelOrdenGobierno?: NivelOrdenGobierno;
    ambitoPublico?: AmbitoPublico;
    /**
     * Señalar el Ente Público al cual se encuentra adscrita la plaza.
     */
    nombreEntePublico?: string;
    /**
     * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata de su adscripción. (Superior jerárquico).
     */
    areaAdscripcion?: string;
    /**
     * Señalar el nombre del empleo, cargo o comisión que aparece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
     */
    empleoCargoComision?: string;
    /**
     * Indicar sí o no (true o false)
     */
    contratadoPorHonorarios?: boolean;
    /**
     * Elegir conforme a lo que señala su recibo de pago, en caso de no encontrarse en la lista desplegable, señalar otro y especificar.
     */
    nivelEmpleoCargoComision?: string;
    /**
     * Señalar cuál es la función o actividad principal que desempeña en su empleo, cargo o comisión.
     */
    funcionPrincipal?: string;
    /**
     * Señalar la fecha en que inició/concluyó el encargo.
     */
    fechaTomaPosesion?: string;
    telefonoOficina?: {
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      telefono?: string;
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      extension?: string;
    };
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }[];
  /**
   * Indica que el declarante expresa no tener información relacionada
   */
  export type Ninguno = boolean;
  /**
   * Indicar si vive en México, en el extranjero o si se desconoce.
   */
  export type LugarDondeReside = 'MEXICO' | 'EXTRANJERO' | 'SE_DESCONOCE';
  /**
   * Código a 3 caracteres del ISO 4217
   */
  export type TipoMoneda = string;
  export type TitularBien = {
    /**
     * Significado de Claves:
     *   * `DEC` - DECLARANTE
     *   * `CYG` - CÓNYUGE
     *   * `CBN` - CONCUBINA O CONCUBINARIO
     *   * `CVV` - CONVIVIENTE
     *   * `DEN` - DEPENDIENTE ECONÓMICO
     *   * `CTER` - COPROPIEDAD CON TERCEROS
     *
     */
    clave?: 'DEC' | 'CYG' | 'CBN' | 'CVV' | 'DEN' | 'CTER';
    /**
     * Valor del titular del inmueble
     */
    valor?: string;
  }[];
  /**
   * Significado de Claves:
   *   * `m2 ` - METRO CUADRADO
   *   * `ha ` - HECTÁREA
   *   * `km2 ` - KILÓMETRO CUADRADO
   *
   */
  export type UnidadMedida = 'm2' | 'ha' | 'km2';
  /**
   * Indica si es persona física o persona moral
   */
  export type TipoPersona = 'FISICA' | 'MORAL';
  export type Tercero = {
    tipoPersona?: TipoPersona;
    /**
     * En caso de señalar copropiedad, escribir el nombre o nombres completos, así como apellidos completos sin abreviaturas y sin acentos ni signos especiales. Si se trata de persona moral deberá proporcionar la denominación o razón social de la institución tal y como se encuentra en el documento con el que se acredita la adquisición.
     */
    nombreRazonSocial?: string;
    /**
     * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
     */
    rfc?: string;
  }[];
  /**
   * Llenar la información para cada uno de los transmisores
   */
  export type Transmisor = {
    tipoPersona?: TipoPersona;
    /**
     * Nombre completo del transmisor, en caso de persona moral deberá proporcionar la denominación o razón social
     */
    nombreRazonSocial?: string;
    /**
     * RFC
     */
    rfc?: string;
    relacion?: ParentescoRelacion;
  }[];
  export type FormaPago = 'CRÉDITO' | 'CONTADO' | 'NO APLICA';
  /**
   * Elegir quien es el Declarante, Pareja o dependiente económico.
   */
  export type TipoRelacion = 'DECLARANTE' | 'PAREJA' | 'DEPENDIENTE_ECONOMICO';
  /**
   * Forma de recepción. Señalar si es monetario o en especie.
   */
  export type FormaRecepcion = 'MONETARIO' | 'ESPECIE';

  export interface S1Item {
    /**
     * Identificador de la declaración con valor alfanumérico
     */
    id: string;
    metadata: Metadata;
    declaracion: Declaracion;
  }
  export interface Metadata {
    /**
     * Fecha y hora en la que se presentó la declaración
     */
    actualizacion: string;
    /**
     * Institución responsable del sistema de captura
     */
    institucion: string;
    /**
     * indica el tipo de declaración
     */
    tipo: 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN';
    /**
     * indica si la declaración es completa(true) o simplificada(false)
     */
    declaracionCompleta: boolean;
    /**
     * indica si se ha realizado una actualización de conflicto de intereses
     */
    actualizacionConflictoInteres: boolean;
  }
  export interface Declaracion {
    situacionPatrimonial: SituacionPatrimonial;
    interes?: Interes;
  }
  export interface SituacionPatrimonial {
    datosGenerales: DatosGenerales;
    domicilioDeclarante?: DomicilioDeclarante;
    datosCurricularesDeclarante: DatosCurricularesDeclarante;
    datosEmpleoCargoComision: DatosEmpleoCargoComision;
    experienciaLaboral: ExperienciaLaboral;
    datosPareja?: DatosPareja;
    datosDependienteEconomico?: DatosDependientesEconomicos;
    ingresos: Ingresos;
    bienesInmuebles?: BienesInmuebles;
    vehiculos?: Vehiculos;
    bienesMuebles?: BienesMuebles;
    inversiones?: InversionesCuentasValores;
    adeudos?: AdeudosPasivos;
    prestamoOComodato?: PrestamoComodato;
  }
  export interface DatosGenerales {
    /**
     * Nombre(s) del declarante
     */
    nombre: string;
    /**
     * Primer apellido
     */
    primerApellido: string;
    /**
     * Segundo apellido
     */
    segundoApellido?: string;
    /**
     * Escribir los dieciocho caracteres como la emitió la Secretaría de Gobernación. En caso de no contar con ella, podrá consultarla en la página de la Secretaría de Gobernación, en el apartado de Trámites.
     */
    curp?: string;
    rfc?: {
      /**
       * Registro Federal de Contribuyentes
       */
      rfc?: string;
      /**
       * Homoclave
       */
      homoClave?: string;
    };
    correoElectronico?: {
      /**
       * Escribir la dirección de correo electrónico que le haya sido asignada por el Ente Público en el que labora.
       */
      institucional?: string;
      /**
       * Escribir la dirección de correo electrónico que el Declarante haya generado para uso personal. En caso de no contar con él, deberá generar una cuenta.
       */
      personal?: string;
    };
    telefono?: {
      /**
       * Escribir el número telefónico de su domicilio, incluir lada.
       */
      casa?: string;
      /**
       * Escribir los diez dígitos de su número celular.
       */
      celularPersonal?: string;
    };
    situacionPersonalEstadoCivil?: {
      /**
       * Significado de Claves:
       *   * `SOL` - SOLTERO (A)
       *   * `CAS` - CASADO (A)
       *   * `DIV` - DIVORCIADO (A)
       *   * `VIU` - VIUDO (A)
       *   * `CON` - CONCUBINA/CONCUBINARIO/UNIÓN LIBRE
       *   * `SCO` - SOCIEDAD DE CONVIVENCIA
       *
       */
      clave?: 'SOL' | 'CAS' | 'DIV' | 'VIU' | 'CON' | 'SCO';
      /**
       * Es la condición del Declarante en función de si tiene o no Pareja, según sus circunstancias o situación legal respecto a ello.
       */
      valor?:
        | 'SOLTERO (A)'
        | 'CASADO (A)'
        | 'DIVORCIADO (A)'
        | 'VIUDO (A)'
        | 'CONCUBINA/CONCUBINARIO/UNIÓN LIBRE'
        | 'SOCIEDAD DE CONVIVENCIA';
    };
    regimenMatrimonial?: {
      /**
       * Significado de las Claves:
       * * `SOC` - SOCIEDAD CONYUGAL
       * * `SBI` - SEPARACIÓN DE BIENES
       * * `OTR` - OTRO
       *
       */
      clave?: 'SOC' | 'SBI' | 'OTR';
      /**
       * En su caso, especificar, sociedad conyugal, separación de bienes u otro/especifique.
       */
      valor?: string;
    };
    paisNacimiento?: Pais;
    nacionalidad?: Pais;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DomicilioDeclarante {
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DomicilioMexico {
    calle?: string;
    numeroExterior?: string;
    numeroInterior?: string;
    coloniaLocalidad?: string;
    municipioAlcaldia?: {
      /**
       * cve_agem del Marco Geoestadístico del INEGI
       */
      clave?: string;
      /**
       * nom_agem del Marco Geoestadístico del INEGI
       */
      valor?: string;
    };
    entidadFederativa?: EntidadFederativa;
    codigoPostal?: string;
  }
  export interface EntidadFederativa {
    /**
     * cve_agee del Marco Geoestadístico del INEGI
     */
    clave?: string;
    /**
     * nom_agee del Marco Geoestadístico del INEGI
     */
    valor?: string;
  }
  export interface DomicilioExtranjero {
    calle?: string;
    numeroExterior?: string;
    numeroInterior?: string;
    ciudadLocalidad?: string;
    estadoProvincia?: string;
    pais?: Pais;
    codigoPostal?: string;
  }
  export interface DatosCurricularesDeclarante {
    escolaridad: {
      tipoOperacion?: TipoOperacion;
      /**
       * El Declarante deberá elegir alguna de las siguientes opciones: primaria, secundaria, bachillerato, carrera técnica o comercial, licenciatura, especialidad, maestría o doctorado.
       */
      nivel?: {
        /**
         * Significado de Claves:
         * * `PRI` - PRIMARIA
         * * `SEC` - SECUNDARIA
         * * `BCH` - BACHILLERATO
         * * `CTC` - CARRERA TÉCNICA O COMERCIAL
         * * `LIC` - LICENCIATURA
         * * `ESP` - ESPECIALIDAD
         * * `MAE` - MAESTRÍA
         * * `DOC` - DOCTORADO
         *
         */
        clave?: 'PRI' | 'SEC' | 'BCH' | 'CTC' | 'LIC' | 'ESP' | 'MAE' | 'DOC';
        valor?:
          | 'PRIMARIA'
          | 'SECUNDARIA'
          | 'BACHILLERATO'
          | 'CARRERA TÉCNICA O COMERCIAL'
          | 'LICENCIATURA'
          | 'ESPECIALIDAD'
          | 'MAESTRÍA'
          | 'DOCTORADO';
      };
      institucionEducativa?: {
        /**
         * Institución educativa. Escribir el nombre de la institución o escuela donde se realizaron los estudios.
         */
        nombre?: string;
        /**
         * Señalar si se ubica en Mexico o en el extranjero.
         */
        ubicacion?: 'MX' | 'EX';
      };
      /**
       * Escribir el nombre de la carrera o de los estudios realizados.
       */
      carreraAreaConocimiento?: string;
      /**
       * Seleccionar si se encuentra cursando los estudios, finalizado o trunco.
       */
      estatus?: 'CURSANDO' | 'FINALIZADO' | 'TRUNCO';
      documentoObtenido?: 'BOLETA' | 'CERTIFICADO' | 'CONSTANCIA' | 'TITULO';
      /**
       * Señalar la fecha que indica el documento obtenido.
       */
      fechaObtencion?: string;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DatosEmpleoCargoComision {
    tipoOperacion?: TipoOperacion;
    nivelOrdenGobierno?: NivelOrdenGobierno;
    ambitoPublico?: AmbitoPublico;
    /**
     * Señalar el Ente Público al cual se encuentra adscrita la plaza.
     */
    nombreEntePublico: string;
    /**
     * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata de su adscripción. (Superior jerárquico).
     */
    areaAdscripcion?: string;
    /**
     * Señalar el nombre del empleo, cargo o comisión que aparece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
     */
    empleoCargoComision: string;
    /**
     * Indicar sí o no (true o false)
     */
    contratadoPorHonorarios?: boolean;
    /**
     * Elegir conforme a lo que señala su recibo de pago, en caso de no encontrarse en la lista desplegable, señalar otro y especificar.
     */
    nivelEmpleoCargoComision?: string;
    /**
     * Señalar cuál es la función o actividad principal que desempeña en su empleo, cargo o comisión.
     */
    funcionPrincipal?: string;
    /**
     * Señalar la fecha en que inició/concluyó el encargo.
     */
    fechaTomaPosesion?: string;
    telefonoOficina?: {
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      telefono?: string;
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      extension?: string;
    };
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    aclaracionesObservaciones?: AclaracionesObservaciones;
    /**
     * ¿Cuenta con otro empleo, cargo, comisión en el servicio público distinto al declarado?
     */
    cuentaConOtroCargoPublico?: boolean;
    otroEmpleoCargoComision?: OtroEmpleoCargoComision;
  }
  export interface ExperienciaLaboral {
    ninguno: Ninguno;
    experiencia?: (
      | {
          tipoOperacion?: TipoOperacion;
          ambitoSector?: AmbitoSector;
          nivelOrdenGobierno?: NivelOrdenGobierno;
          ambitoPublico?: AmbitoPublico;
          /**
           * Señalar el Ente Público al cual se encuentra adscrita la plaza.
           */
          nombreEntePublico?: string;
          /**
           * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata de su adscripción. (Superior jerárquico).
           */
          areaAdscripcion?: string;
          /**
           * Señalar el nombre del empleo, cargo o comisión que aparece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
           */
          empleoCargoComision?: string;
          /**
           * Señalar cuál es la función o actividad principal que desempeña.
           */
          funcionPrincipal?: string;
          /**
           * Señalar la fecha en que inició empleo, cargo o comisión.
           */
          fechaIngreso?: string;
          /**
           * Señalar la fecha en que concluyó empleo, cargo o comisión.
           */
          fechaEgreso?: string;
          /**
           * Señalar en México o en el extranjero.
           */
          ubicacion?: 'MX' | 'EX';
        }
      | {
          tipoOperacion?: TipoOperacion;
          ambitoSector?: AmbitoSector;
          /**
           * Proporcionar el nombre de la empresa, sociedad o asociación en la que laboro.
           */
          nombreEmpresaSociedadAsociacion?: string;
          /**
           * Proporcionar los 12 dígitos de la empresa en que laboro.
           */
          rfc?: string;
          /**
           * Proporcionar el nombre del área en la cual estaba adscrito(A).
           */
          area?: string;
          /**
           * Proporcionar el nombre del puesto que desempeno.
           */
          puesto?: string;
          sector?: Sector;
          /**
           * Señalar la fecha en que inició empleo, cargo o comisión.
           */
          fechaIngreso?: string;
          /**
           * Señalar la fecha en que concluyó empleo, cargo o comisión.
           */
          fechaEgreso?: string;
          /**
           * Señalar si se ubica en Mexico o en el extranjero
           */
          ubicacion?: 'MX' | 'EX';
        }
    )[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface AmbitoSector {
    /**
     * Significado de Claves:
     *   * `PUB` - Público
     *   * `PRV` - Privado
     *   * `OTR` - Otro (Especifique).
     *
     */
    clave?: 'PUB' | 'PRV' | 'OTR';
    /**
     * Señalar si el empleo que reporta corresponde al sector público, privado u otro. En caso de señalar otro deberá especificar el sector en el que laboro.
     */
    valor?: string;
  }
  export interface Sector {
    /**
     * Significado de Claves:
     *   * `AGRI` - AGRICULTURA
     *   * `MIN` - MINERÍA
     *   * `EELECT` - ENERGÍA ELÉCTRICA
     *   * `CONS` - CONSTRUCCIÓN
     *   * `INDMANU` - INDUSTRIA MANUFACTURERA
     *   * `CMAYOR` - COMERCIO AL POR MAYOR
     *   * `CMENOR` - COMERCIO AL POR MENOR
     *   * `TRANS` - TRANSPORTE
     *   * `MEDIOM` - MEDIOS MASIVOS
     *   * `SERVFIN` - SERVICIOS FINANCIEROS
     *   * `SERVINM` - SERVICIOS INMOBILIARIOS
     *   * `SERVPROF` - SERVICIOS PROFESIONALES
     *   * `SERVCORP` - SERVICIOS CORPORATIVOS
     *   * `SERVS` - SERVICIOS DE SALUD
     *   * `SERVESPAR` - SERVICIOS DE ESPARCIMIENTO
     *   * `SERVALOJ` - SERVICIOS DE ALOJAMIENTO
     *   * `OTRO` - OTRO (ESPECIFIQUE)
     *
     */
    clave?:
      | 'AGRI'
      | 'MIN'
      | 'EELECT'
      | 'CONS'
      | 'INDMANU'
      | 'CMAYOR'
      | 'CMENOR'
      | 'TRANS'
      | 'MEDIOM'
      | 'SERVFIN'
      | 'SERVINM'
      | 'SERVPROF'
      | 'SERVCORP'
      | 'SERVS'
      | 'SERVESPAR'
      | 'SERVALOJ'
      | 'OTRO';
    valor?: string;
  }
  export interface DatosPareja {
    ninguno?: Ninguno;
    tipoOperacion?: TipoOperacion;
    /**
     * Nombre(s)
     */
    nombre?: string;
    /**
     * Primer Apellido
     */
    primerApellido?: string;
    /**
     * Segundo Apellido
     */
    segundoApellido?: string;
    /**
     * Señalar la fecha de nacimiento de la Pareja
     */
    fechaNacimiento?: string;
    /**
     * Escribir los diez caracteres básicos con los tres caracteres de la homoclave.
     */
    rfc?: string;
    /**
     * Seleccionar el tipo de relación entre las siguientes opciones: cónyuge, concubina/concubinario/unión libre o sociedad de convivencia.
     */
    relacionConDeclarante?: 'CONYUGE' | 'CONCUBINA_CONCUBINARIO_UNION_LIBRE' | 'SOCIEDAD_DE_CONVIVENCIA';
    /**
     * Deberá indicar si o no (true/false), según el caso.
     */
    ciudadanoExtranjero?: boolean;
    /**
     * Escribir los dieciocho caracteres como la emitió la Secretaría de Gobernación.
     */
    curp?: string;
    /**
     * Si la manutención depende principalmente de los ingresos de la persona servidora pública Declarante, señalará si, en caso contrario señalará no.
     */
    esDependienteEconomico?: boolean;
    /**
     * Indicar si o no, la Pareja vive en el domicilio del Declarante.
     */
    habitaDomicilioDeclarante?: boolean;
    lugarDondeReside?: LugarDondeReside;
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    actividadLaboral?: ActividadLaboral;
    actividadLaboralSectorPublico?: {
      nivelOrdenGobierno?: NivelOrdenGobierno;
      ambitoPublico?: AmbitoPublico;
      /**
       * Señalar el Ente Público al cual se encuentra adscrita la plaza.
       */
      nombreEntePublico?: string;
      /**
       * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata en la que está adscrito. (Superior jerárquico).
       */
      areaAdscripcion?: string;
      /**
       * Señalar el nombre del empleo, cargo o comisión que se establece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
       */
      empleoCargoComision?: string;
      /**
       * Señalar cuál es la función o actividad principal que desempeña su Pareja.
       */
      funcionPrincipal?: string;
      salarioMensualNeto?: Monto;
      /**
       * Señalar la fecha en que inició empleo, cargo o comisión.
       */
      fechaIngreso?: string;
    };
    actividadLaboralSectorPrivadoOtro?: {
      /**
       * Proporcionar el nombre de la empresa, sociedad o asociación en la que labora.
       */
      nombreEmpresaSociedadAsociacion?: string;
      /**
       * Proporcionar el nombre del puesto que desempeña.
       */
      empleoCargoComision?: string;
      /**
       * Proporcionar los 12 dígitos de la empresa en que labora su cónyuge, concubina/concubinario o sociedad de convivencia.
       */
      rfc?: string;
      /**
       * Señalar la fecha en que inició empleo, cargo o comisión.
       */
      fechaIngreso?: string;
      sector?: Sector;
      salarioMensualNeto?: Monto;
      /**
       * Señalar si o no, la Pareja vende o presta algún servicio al gobierno.
       */
      proveedorContratistaGobierno?: boolean;
    };
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface ActividadLaboral {
    /**
     * Significado de Claves:
     *   * `PUB` - PUBLICO
     *   * `PRI` - PRIVADO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *   * `NIN` - NINGUNO
     *
     */
    clave?: 'PUB' | 'PRI' | 'OTRO' | 'NIN';
    valor?: string;
  }
  export interface Monto {
    /**
     * Valor sin centavos. No se aceptan valores negativos
     */
    valor: number;
    moneda: TipoMoneda;
  }
  /**
   * Proporcionar los datos de los dependientes económicos, que son aquellas personas, familiares o no, cuya manutención depende principalmente de los ingresos del Declarante.
   */
  export interface DatosDependientesEconomicos {
    ninguno?: Ninguno;
    /**
     * Llenar toda la información por cada una de las personas que dependan económicamente del Declarante.
     */
    dependienteEconomico?: {
      tipoOperacion?: TipoOperacion;
      /**
       * Nombre del dependiente económico
       */
      nombre?: string;
      /**
       * Primer apellido del dependiente económico
       */
      primerApellido?: string;
      /**
       * Segundo apellido del dependiente económico
       */
      segundoApellido?: string;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaNacimiento?: string;
      /**
       * Escribir los diez caracteres básicos con los tres caracteres de la homoclave
       */
      rfc?: string;
      parentescoRelacion?: ParentescoRelacion;
      /**
       * Indica si es extranjero o no
       */
      extranjero?: boolean;
      /**
       * Se deberá escribir los 18 caracteres de la Clave Única de
       * Registro de Población, como la emitió la Secretaría de
       * Gobernación. Este dato es información confidencial.
       */
      curp?: string;
      /**
       * Indicar sí o no, el dependiente económico vive en el domicilio del Declarante.
       */
      habitaDomicilioDeclarante?: boolean;
      /**
       * En caso de que el dependiente económico, no viva en el domicilio del Declarante, indicar si vive en México, en el extranjero o si se desconoce.
       */
      lugarDondeReside?: 'MEXICO' | 'EXTRANJERO' | 'SE_DESCONOCE';
      domicilioMexico?: DomicilioMexico;
      domicilioExtranjero?: DomicilioExtranjero;
      actividadLaboral?: ActividadLaboral;
      /**
       * Si el dependiente económico se encuentra trabajando actualmente en el sector público
       */
      actividadLaboralSectorPublico?: {
        nivelOrdenGobierno?: NivelOrdenGobierno;
        ambitoPublico?: AmbitoPublico;
        /**
         * Ente Público al cual se encuentra adscrita la plaza
         */
        nombreEntePublico?: string;
        /**
         * El nombre de la Unidad Administrativa u homóloga superior inmediata en la que está adscrito. (Superior jerárquico).
         */
        areaAdscripcion?: string;
        /**
         * Nombre del empleo, cargo o comisión que se establece en su recibo de nómina, nombramiento, contrato u oficio de comisión
         */
        empleoCargoComision?: string;
        funcionPrincipal?: string;
        salarioMensualNeto?: Monto;
        /**
         * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
         */
        fechaIngreso?: string;
      };
      actividadLaboralSectorPrivadoOtro?: {
        /**
         * Nombre de la empresa, sociedad o asociación en la que labora.
         */
        nombreEmpresaSociedadAsociacion?: string;
        /**
         * Los 12 dígitos de la empresa en la que labora el dependiente económico
         */
        rfc?: string;
        /**
         * Nombre del puesto que desempeña
         */
        empleoCargo?: string;
        /**
         * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
         */
        fechaIngreso?: string;
        salarioMensualNeto?: Monto;
        /**
         * Señala sí o no, el dependiente económico vende o presta algún servicio al gobierno
         */
        proveedorContratistaGobierno?: boolean;
        sector?: Sector;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Tipo de relación con el Declarante
   */
  export interface ParentescoRelacion {
    /**
     * Significado de Claves:
     *   * `ABU` - ABUELO(A)
     *   * `BISA` - BISABUELO(A)
     *   * `BISN` - BISNIETO(A)
     *   * `CONB` - CONCUBINA O CONCUBINARIO
     *   * `CONC` - CONCUÑO(A)
     *   * `CONY` - CÓNYUGE
     *   * `CUN` - CUÑADO(A)
     *   * `HER` - HERMANO(A)
     *   * `HIJ` - HIJO(A)
     *   * `MAD` - MADRE
     *   * `PAD` - PADRE
     *   * `PRI` - PRIMO(A)
     *   * `SOB` - SOBRINO(A)
     *   * `SUE` - SUEGRO(A)
     *   * `TATA` - TATARABUELO(A)
     *   * `TATN` - TATARANIETO(A)
     *   * `TIOA` - TIO(A)
     *   * `NIE` - NIETO(A)
     *   * `NIN` - NINGUNO
     *   * `AHI` - AHIJADO(A)
     *   * `NUE` - NUERA
     *   * `YER` - YERNO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?:
      | 'ABU'
      | 'BISA'
      | 'BISN'
      | 'CONB'
      | 'CONC'
      | 'CONY'
      | 'CUN'
      | 'HER'
      | 'HIJ'
      | 'MAD'
      | 'PAD'
      | 'PRI'
      | 'SOB'
      | 'SUE'
      | 'TATA'
      | 'TATN'
      | 'TIOA'
      | 'NIE'
      | 'NIN'
      | 'AHI'
      | 'NUE'
      | 'YER'
      | 'OTRO';
    /**
     * Valor del parentesco
     */
    valor?: string;
  }
  /**
   * Para la declaración de modificación los ingresos a reportar son los del año inmediato anterior. (Como se señala en el título del 1 de enero al 31 de diciembre del año inmediato anterior).
   */
  export interface Ingresos {
    remuneracionAnualCargoPublico: Monto;
    otrosIngresosAnualesTotal?: Monto;
    actividadIndustrialComercialEmpresarial?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        /**
         * Nombre, razón social o denominación del negocio, en el cual se lleva a cabo la actividad o alguna de las actividades antes mencionadas por la cual se genera el ingreso.
         */
        nombreRazonSocial?: string;
        /**
         * Tipo de negocio por el cual obtuvo el ingreso.
         */
        tipoNegocio?: string;
      }[];
    };
    actividadFinanciera?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        tipoInstrumento?: TipoInstrumento;
      }[];
    };
    serviciosProfesionales?: {
      remuneracionTotal?: Monto;
      servicios?: {
        remuneracion?: Monto;
        /**
         * Tipo de servicio que otorga, el tipo de participación en los consejos o consultorías, así como el tipo de asesorías que llevó a cabo.
         */
        tipoServicio?: string;
      }[];
    };
    enajenacionBienes?: {
      remuneracionTotal?: Monto;
      bienes?: {
        remuneracion?: Monto;
        tipoBienEnajenado?: 'MUEBLE' | 'INMUEBLE' | 'VEHICULO';
      }[];
    };
    otrosIngresos?: {
      remuneracionTotal?: Monto;
      ingresos?: {
        remuneracion?: Monto;
        /**
         * Indicar si el ingreso derivó de arrendamiento, regalía, sorteos, concursos, donaciones, seguro de vida o algún otro concepto distinto no considerado en los rubros anteriores.
         */
        tipoIngreso?: string;
      }[];
    };
    ingresoAnualNetoDeclarante: Monto;
    ingresoAnualNetoParejaDependiente?: Monto;
    totalIngresosAnualesNetos: Monto;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoInstrumento {
    /**
     * Significado de Claves:
     *   * `CAP` - CAPITAL
     *   * `FIN` - FONDOS DE INVERSIÓN
     *   * `OPR` - ORGANIZACIONES PRIVADA
     *   * `SSI` - SEGURO DE SEPARACIÓN INDIVIDUALIZADO
     *   * `VBU` - VALORES BURSÁTILES
     *   * `BON` - BONOS
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?: 'CAP' | 'FIN' | 'OPR' | 'SSI' | 'VBU' | 'BON' | 'OTRO';
    /**
     * Valor del tipo de inversión
     */
    valor?: string;
  }
  /**
   * Reportar aquellos bienes que conforme a la normatividad aplicable se consideran inmuebles.
   */
  export interface BienesInmuebles {
    ninguno?: Ninguno;
    /**
     * Llenar toda la información de cada uno de los bienes que conforme a la normatividad aplicable se consideran inmuebles.
     */
    bienInmueble?: {
      tipoOperacion?: TipoOperacion;
      tipoInmueble?: TipoInmueble;
      titular?: TitularBien;
      porcentajePropiedad?: number;
      superficieTerreno?: Superficie;
      superficieConstruccion?: Superficie;
      tercero?: Tercero;
      transmisor?: Transmisor;
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaAdquisicion?: string;
      /**
       * Número de escritura pública, folio real o cualquier dato que lo identifique
       */
      datoIdentificacion?: string;
      /**
       * Indicar si es conforme a escritura pública, sentencia o contrato
       */
      valorConformeA?: 'ESCRITURA PÚBLICA' | 'SENTENCIA' | 'CONTRATO';
      domicilioMexico?: DomicilioMexico;
      domicilioExtranjero?: DomicilioExtranjero;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoInmueble {
    /**
     * Significado de Claves:
     *   * `CASA` - CASA
     *   * `DPTO` - DEPARTAMENTO
     *   * `EDIF` - EDIFICIO
     *   * `LOCC` - LOCAL COMERCIAL
     *   * `BODG` - BODEGA
     *   * `PALC` - PALCO
     *   * `RACH` - RANCHO
     *   * `TERR` - TERRENO
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'CASA' | 'DPTO' | 'EDIF' | 'LOCC' | 'BODG' | 'PALC' | 'RACH' | 'TERR' | 'OTRO';
    valor?: string;
  }
  export interface Superficie {
    valor?: number;
    unidad?: UnidadMedida;
  }
  export interface FormaAdquisicion {
    /**
     * Significado de Claves:
     *   * `CPV` - COMPRAVENTA
     *   * `CSN` - CESIÓN
     *   * `DNC` - DONACIÓN
     *   * `HRN` - HERENCIA
     *   * `PRM` - PERMUTA
     *   * `RST` - RIFA O SORTEO
     *   * `STC` - SENTENCIA
     *
     */
    clave?: 'CPV' | 'CSN' | 'DNC' | 'HRN' | 'PRM' | 'RST' | 'STC';
    /**
     * Valor de la forma de adquisición
     */
    valor?: string;
  }
  export interface MotivoBaja {
    /**
     * Significado de Claves:
     *   * `VNT` - VENTA
     *   * `DNC` - DONACIÓN
     *   * `SNT` - SINIESTRO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?: 'VNT' | 'DNC' | 'SNT' | 'OTRO';
    /**
     * Valor del motivo de baja
     */
    valor?: string;
  }
  /**
   * Situación de los vehículos a la fecha de ingreso al empleo, cargo o comisión.
   */
  export interface Vehiculos {
    ninguno?: Ninguno;
    /**
     * Datos del vehículo declarado
     */
    vehiculo?: {
      tipoOperacion?: TipoOperacion;
      tipoVehiculo?: TipoVehiculo;
      titular?: TitularBien;
      transmisor?: Transmisor;
      /**
       * Marca
       */
      marca?: string;
      /**
       * Modelo del vehículo de acuerdo a la marca
       */
      modelo?: string;
      /**
       * Año del vehículo
       */
      anio?: number;
      /**
       * Número de serie o registro que aparece en la factura o tarjeta de circulación
       */
      numeroSerieRegistro?: string;
      tercero?: Tercero;
      lugarRegistro?: {
        pais?: Pais;
        entidadFederativa?: EntidadFederativa;
      };
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaAdquisicion?: string;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoVehiculo {
    /**
     * Significado de Claves:
     *   * `AUMOT` - AUTOMÓVIL/MOTOCICLETA
     *   * `AERN` - AERONAVE
     *   * `BARYA` - BARCO/YATE
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'AUMOT' | 'AERN' | 'BARYA' | 'OTRO';
    /**
     * Valor de la clave de tipo de vehículo
     */
    valor?: string;
  }
  export interface BienesMuebles {
    ninguno?: Ninguno;
    bienMueble?: {
      tipoOperacion?: TipoOperacion;
      titular?: TitularBien;
      /**
       * Seleccionar de la lista desplegable: menaje de casa (muebles y accesorios de casa), aparatos electrónicos y electrodomésticos, joyas, colecciones, obras de arte y otros, especifique.
       */
      tipoBien?: {
        /**
         * Significado de Claves:
         *   * `MECA` - MENAJE DE CASA (MUEBLES Y ACCESORIOS DE CASA)
         *   * `APAE` - APARATOS ELECTRÓNICOS Y ELECTRODOMÉSTICOS
         *   * `JOYA` - JOYAS
         *   * `COLEC` - COLECCIONES
         *   * `OBRA` - OBRAS DE ARTE
         *   * `OTRO` - OTROS (ESPECIFIQUE)
         *
         */
        clave?: 'MECA' | 'APAE' | 'JOYA' | 'COLEC' | 'OBRA' | 'OTRO';
        valor?: string;
      };
      transmisor?: Transmisor;
      tercero?: Tercero;
      /**
       * Referir brevemente el bien reportado.
       */
      descripcionGeneralBien?: string;
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Señalar la fecha de adquisición del mueble.
       */
      fechaAdquisicion?: string;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface InversionesCuentasValores {
    ninguno?: Ninguno;
    inversion?: {
      tipoOperacion?: TipoOperacion;
      tipoInversion?: {
        /**
         * Significado de Claves:
         *   * `BANC` - BANCARIA
         *   * `FINV` - FONDOS DE INVERSIÓN
         *   * `ORPM` - ORGANIZACIONES PRIVADAS Y/O MERCANTILES
         *   * `POMM` - POSESIÓN DE MONEDAS Y/O METALES
         *   * `SEGR` - SEGUROS
         *   * `VBUR` - VALORES BURSÁTILES
         *   * `AFOT` - AFORES Y OTROS
         *
         */
        clave?: 'BANC' | 'FINV' | 'ORPM' | 'POMM' | 'SEGR' | 'VBUR' | 'AFOT';
        valor?:
          | 'BANCARIA'
          | 'FONDOS DE INVERSIÓN'
          | 'ORGANIZACIONES PRIVADAS Y/O MERCANTILES'
          | 'POSESIÓN DE MONEDAS Y/O METALES'
          | 'SEGUROS'
          | 'VALORES BURSÁTILES'
          | 'AFORES Y OTROS';
      };
      subTipoInversion?: {
        /**
         * Significado de Claves:
         *   * tipoInversion - clave - valor
         *   * BANC - `CNOM` - CUENTA DE NÓMINA
         *   * BANC - `CAHO` - CUENTA DE AHORRO
         *   * BANC - `CCHE` - CUENTA DE CHEQUES
         *   * BANC - `CMAS` - CUENTA MAESTRA
         *   * BANC - `CEJE` - CUENTA EJE
         *   * BANC - `DPLA` - DEPÓSITO A PLAZOS
         *
         *   * FINV - `SOIN` - SOCIEDADES DE INVERSIÓN
         *   * FINV - `IFEX` - INVERSIONES FINANCIERAS EN EL EXTRANJERO
         *
         *   * ORPM - `ACCI` - ACCIONES
         *   * ORPM - `CSAH` - CAJAS DE AHORRO
         *
         *   * POMM - `CENT` - CENTENARIOS
         *   * POMM - `DIVS` - DIVISAS
         *   * POMM - `MONN` - MONEDA NACIONAL
         *   * POMM - `ONZT` - ONZAS TROY
         *   * POMM - `CRIP` - CRIPTOMONEDAS
         *
         *   * SEGR - `SSIN` - SEGURO DE SEPARACIÓN INDIVIDUALIZADO
         *   * SEGR - `SEGI` - SEGURO DE INVERSIÓN
         *   * SEGR - `SEGV` - SEGURO DE VIDA
         *
         *   * VBUR - `ADER` - ACCIONES Y DERIVADOS
         *   * VBUR - `ABAN` - ACEPTACIONES BANCARIAS
         *   * VBUR - `BGUB` - BONOS GUBERNAMENTALES
         *   * VBUR - `PCOM` - PAPEL COMERCIAL
         *
         *   * AFOT - `AFOR` - AFORES
         *   * AFOT - `FIDE` - FIDEICOMISOS
         *   * AFOT - `CTES` - CERTIFICADOS DE LA TESORERÍA
         *   * AFOT - `PFTE` - PRÉSTAMOS A FAVOR DE UN TERCERO
         *
         */
        clave?:
          | 'CNOM'
          | 'CAHO'
          | 'CCHE'
          | 'CMAS'
          | 'CEJE'
          | 'DPLA'
          | 'SOIN'
          | 'IFEX'
          | 'ACCI'
          | 'CSAH'
          | 'CENT'
          | 'DIVS'
          | 'MONN'
          | 'ONZT'
          | 'CRIP'
          | 'SSIN'
          | 'SEGI'
          | 'SEGV'
          | 'ADER'
          | 'ABAN'
          | 'BGUB'
          | 'PCOM'
          | 'AFOR'
          | 'FIDE'
          | 'CTES'
          | 'PFTE';
        valor?:
          | 'CUENTA DE NÓMINA'
          | 'CUENTA DE AHORRO'
          | 'CUENTA DE CHEQUES'
          | 'CUENTA MAESTRA'
          | 'CUENTA EJE'
          | 'DEPÓSITO A PLAZOS'
          | 'SOCIEDADES DE INVERSIÓN'
          | 'INVERSIONES FINANCIERAS EN EL EXTRANJERO'
          | 'ACCIONES'
          | 'CAJAS DE AHORRO'
          | 'CENTENARIOS'
          | 'DIVISAS'
          | 'MONEDA NACIONAL'
          | 'ONZAS TROY'
          | 'CRIPTOMONEDAS'
          | 'SEGURO DE SEPARACIÓN INDIVIDUALIZADO'
          | 'SEGURO DE INVERSIÓN'
          | 'SEGURO DE VIDA'
          | 'ACCIONES Y DERIVADOS'
          | 'ACEPTACIONES BANCARIAS'
          | 'BONOS GUBERNAMENTALES'
          | 'PAPEL COMERCIAL'
          | 'AFORES'
          | 'FIDEICOMISOS'
          | 'CERTIFICADOS DE LA TESORERÍA'
          | 'PRÉSTAMOS A FAVOR DE UN TERCERO';
      };
      titular?: TitularBien;
      tercero?: Tercero;
      /**
       * Señalar el número de cuenta, contrato, póliza o cualquier dato que permita su identificación.
       */
      numeroCuentaContrato?: string;
      /**
       * Indicar si se encuentra en México o en el extranjero, debiendo señalar el país donde se localiza.
       */
      localizacionInversion?: {
        pais?: Pais;
        /**
         * Señalar el nombre de la institución donde se encuentran registradas las inversiones cuentas o valores.
         */
        institucionRazonSocial?: string;
        /**
         * Señalar los doce dígitos correspondientes. (Si aplica).
         */
        rfc?: string;
      };
      saldoDiciembreAnterior?: Monto;
      /**
       * porcentaje de incremento(+) o decremento(-) del saldo
       */
      porcentajeIncrementoDecremento?: number;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface AdeudosPasivos {
    ninguno?: Ninguno;
    adeudo?: {
      tipoOperacion?: TipoOperacion;
      titular?: TitularBien;
      tipoAdeudo?: {
        /**
         * Significado de Claves:
         *   * `CHIP` - CRÉDITO HIPOTECARIO
         *   * `CAUT` - CRÉDITO AUTOMOTRIZ
         *   * `CPER` - CRÉDITO PERSONAL
         *   * `TCRN` - TARJETA DE CRÉDITO BANCARIA
         *   * `TCRD` - TARJETA DE CRÉDITO DEPARTAMENTAL
         *   * `PRPE` - PRÉSTAMO PERSONAL
         *   * `OTRO` - OTROS (ESPECIFIQUE)
         *
         */
        clave?: 'CHIP' | 'CAUT' | 'CPER' | 'TCRN' | 'TCRD' | 'PRPE' | 'OTRO';
        valor?: string;
      };
      /**
       * Señalar el número de contrato, cuenta o cualquier dato que permita su identificación, en caso de préstamo personal se indicará no aplica.
       */
      numeroCuentaContrato?: string;
      /**
       * Indicar la fecha en que adquirió el adeudo.
       */
      fechaAdquisicion?: string;
      montoOriginal?: Monto;
      saldoInsolutoDiciembreAnterior?: Monto;
      /**
       * porcentaje de incremento(+) o decremento(-) del saldo
       */
      porcentajeIncrementoDecremento?: number;
      tercero?: Tercero;
      otorganteCredito?: {
        tipoPersona?: TipoPersona;
        /**
         * Señalar el nombre de la institución donde contrajo la deuda.
         */
        nombreInstitucion?: string;
        /**
         * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
         */
        rfc?: string;
      };
      /**
       * Indicar si se encuentra en México o en el extranjero, debiendo señalar el país donde se localiza.
       */
      localizacionAdeudo?: {
        pais?: Pais;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface PrestamoComodato {
    ninguno?: Ninguno;
    prestamo?: {
      tipoOperacion?: TipoOperacion;
      tipoBien?: {
        /**
         * Elegir alguna de las siguientes opciones: casa, departamento, edificio, local comercial, bodega, palco, rancho, terreno, otro (especifique).
         */
        inmueble?: {
          tipoInmueble?: TipoInmueble;
          domicilioMexico?: DomicilioMexico;
          domicilioExtranjero?: DomicilioExtranjero;
        };
        vehiculo?: {
          tipo?: TipoVehiculo;
          /**
           * Elegir la marca del catálogo desplegable.
           */
          marca?: string;
          /**
           * Señalar el modelo del vehículo, de acuerdo a la marca. (Ejemplo marca Volkswagen, modelo Jetta).
           */
          modelo?: string;
          /**
           * Indicar el año del vehículo.
           */
          anio?: number;
          /**
           * Número de serie o registro que aparece en la factura o tarjeta de circulación
           */
          numeroSerieRegistro?: string;
          lugarRegistro?: {
            pais?: Pais;
            entidadFederativa?: EntidadFederativa;
          };
        };
      };
      duenoTitular?: {
        tipoDuenoTitular?: TipoPersona;
        /**
         * Deberá proporcionar el nombre completo y/o razón social del propietario del bien prestado y usado por el Declarante.
         */
        nombreTitular?: string;
        /**
         * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
         */
        rfc?: string;
        /**
         * Indicar que tipo de relación existe entre el dueño del bien prestado y el Declarante.
         */
        relacionConTitular?: string;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface Interes {
    participacion?: Participacion;
    participacionTomaDecisiones?: ParticipacionTomaDecisiones;
    apoyos?: Apoyos;
    representacion?: Representaciones;
    clientesPrincipales?: ClientesPrincipales;
    beneficiosPrivados?: BeneficiosPrivados;
    fideicomisos?: Fideicomisos;
  }
  export interface Participacion {
    ninguno?: Ninguno;
    /**
     * Señalar quién tiene participación en la empresa sociedad o asociación.
     */
    participacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Señalar el nombre o razón social completo de la empresa, sociedad o asociación, tal y como aparece en el documento legal en el que participe.
       */
      nombreEmpresaSociedadAsociacion?: string;
      /**
       * Proporcionar los 12 dígitos del registro de la empresa, sociedad o asociación en la cual participa
       */
      rfc?: string;
      /**
       * Indicar el porcentaje de participación en la empresa, sociedad o asociación.
       */
      porcentajeParticipacion?: number;
      tipoParticipacion?: TipoParticipacion;
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      /**
       * Indicar si se encuentra en México, debiendo señalar entidad federativa o en el extranjero, debiendo señalar el país donde se localiza.
       */
      ubicacion?: {
        pais?: Pais;
        entidadFederativa?: EntidadFederativa;
      };
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Seleccionar de la lista desplegable una de las siguientes opciones: socio, accionista, comisario, representante, apoderado, colaborador, beneficiario u otro, especifique.
   */
  export interface TipoParticipacion {
    /**
     * Significado de Claves:
     *   * `SCIO` - SOCIO
     *   * `ACCI` - ACCIONISTA
     *   * `COMI` - COMISARIO
     *   * `REPR` - REPRESENTANTE
     *   * `APOD` - APODERADO
     *   * `COLB` - COLABORADOR
     *   * `BENE` - BENEFICIARIO
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'SCIO' | 'ACCI' | 'COMI' | 'REPR' | 'APOD' | 'COLB' | 'BENE' | 'OTRO';
    valor?: string;
  }
  /**
   * El Declarante deberá señalar si tiene o no participación en empresas, sociedades o asociaciones, tales como socio, accionista, comisario, representante, apoderado, colaborador, beneficiario u otro, especifique. Deberá reportar hasta los últimos dos años.
   */
  export interface ParticipacionTomaDecisiones {
    ninguno?: Ninguno;
    participacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de institución. Señalar del catálogo, alguna de las siguientes: organizaciones de la sociedad civil, organizaciones benéficas, partidos políticos, gremios/sindicatos, otro, especifique.
       */
      tipoInstitucion?: {
        /**
         * Significado de Claves:
         *   * `OSC` - ORGANIZACIONES DE LA SOCIEDAD CIVIL
         *   * `OB` - ORGANIZACIONES BENÉFICAS
         *   * `PP` - PARTIDOS POLÍTICOS
         *   * `GS` - GREMIOS/SINDICATOS
         *   * `OTRO` - OTRO (ESPECIFIQUE)
         *
         */
        clave?: 'OSC' | 'OB' | 'PP' | 'GS' | 'OTRO';
        valor?: string;
      };
      /**
       * Nombre de la institución. Proporcionar la denominación o razón social de la institución, tal y como se encuentra registrada formalmente.
       */
      nombreInstitucion?: string;
      /**
       * RFC. Proporcionar los 12 dígitos del registro de la institución.
       */
      rfc?: string;
      /**
       * Puesto/rol. Indicar el cargo o función que ejerce el Declarante.
       */
      puestoRol?: string;
      /**
       * Fecha de inicio de participación dentro de la institución. Señalar la fecha en que inició funciones en la institución u organización.
       */
      fechaInicioParticipacion?: string;
      /**
       * Recibe remuneración por su participación. Indicar sí o no.
       */
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      ubicacion?: Ubicacion;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface Ubicacion {
    pais?: Pais;
    entidadFederativa?: EntidadFederativa;
  }
  /**
   * Es la contribución monetaria o en especie que otorga un Ente Público al Declarante, cónyuge o Pareja y/o dependiente económico. El apoyo en especie refiere a cualquier contribución, utilizando bienes, servicios o beneficios de naturaleza diferente al dinero. Deberá reportar hasta los últimos dos años.
   */
  export interface Apoyos {
    ninguno?: Ninguno;
    apoyo?: {
      tipoOperacion?: TipoOperacion;
      tipoPersona?: TipoPersona;
      beneficiarioPrograma?: BeneficiariosPrograma;
      /**
       * Nombre del programa. Proporcionar el nombre del programa por el cual recibe el apoyo o beneficio público.
       */
      nombrePrograma?: string;
      /**
       * Institución que otorga el apoyo. Señalar el nombre de la institución que le esté dando el apoyo.
       */
      institucionOtorgante?: string;
      nivelOrdenGobierno?: NivelOrdenGobierno;
      /**
       * Tipo de apoyo. Seleccionar del listado desplegable: subsidio (Ayuda económica que una persona recibe de un organismo oficial para satisfacer una necesidad determinada), servicio (Actividad o asistencia de un Ente Público, en favor del Declarante), Obra (materiales o servicios a favor del Declarante para construcción), otro, especifique.
       */
      tipoApoyo?: {
        /**
         * Significado de Claves:
         * * `SUB` - SUBSIDIO
         * * `SER` - SERVICIO
         * * `OBRA` - OBRA
         * * `OTRO` - OTRO (ESPECIFIQUE)
         *
         */
        clave?: 'SUB' | 'SER' | 'OBRA' | 'OTRO';
        valor?: string;
      };
      formaRecepcion?: FormaRecepcion;
      montoApoyoMensual?: Monto;
      /**
       * Especifique el apoyo. En caso de haber seleccionado en especie deberá describir en qué consiste el apoyo o beneficio.
       */
      especifiqueApoyo?: string;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface BeneficiariosPrograma {
    /**
     * Significado de Claves:
     *   * `DC` - DECLARANTE
     *   * `CY` - CÓNYUGE
     *   * `CON` - CONCUBINA O CONCUBINARIO
     *   * `CONV` - CONVIVIENTE
     *   * `HIJ` - HIJO(A)
     *   * `HER` - HERMANO(A)
     *   * `CU` - CUÑADO(A)
     *   * `MA` - MADRE
     *   * `PA` - PADRE
     *   * `TIO` - TÍO(A)
     *   * `PRI` - PRIMO(A)
     *   * `SOB` - SOBRINO(A)
     *   * `AHI` - AHIJADO(A)
     *   * `NUE` - NUERA
     *   * `YER` - YERNO
     *   * `ABU` - ABUELO(A)
     *   * `NIE` - NIETO(A)
     *   * `OTRO` - OTRO(A)
     *
     */
    clave?:
      | 'DC'
      | 'CY'
      | 'CON'
      | 'CONV'
      | 'HIJ'
      | 'HER'
      | 'CU'
      | 'MA'
      | 'PA'
      | 'TIO'
      | 'PRI'
      | 'SOB'
      | 'AHI'
      | 'NUE'
      | 'YER'
      | 'ABU'
      | 'NIE'
      | 'OTRO';
    valor?: string;
  }
  /**
   * Es cuando el Declarante actúa a nombre de otra persona física o moral (representante) o cuando una persona actúa a nombre del Declarante (representado). Deberá reportar hasta los últimos dos años.
   */
  export interface Representaciones {
    ninguno?: Ninguno;
    representacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de representación. Indicar si es representante o representado.
       */
      tipoRepresentacion?: 'REPRESENTANTE' | 'REPRESENTADO';
      /**
       * Fecha de inicio de la representación. Indicar la fecha en que comenzó la representación.
       */
      fechaInicioRepresentacion?: string;
      tipoPersona?: TipoPersona;
      /**
       * Nombre o razón social del representante/representado. Indicar el nombre o razón social completos de su representante o representado.
       */
      nombreRazonSocial?: string;
      /**
       * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del representante/representado.
       */
      rfc?: string;
      /**
       * Recibe remuneración por su representación. Indicar sí o no le pagan por representar a alguien.
       */
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      ubicacion?: Ubicacion;
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * En caso de tener alguna empresa, negocio o actividad lucrativa deberá señalar a sus clientes principales, siempre y cuando el beneficio o ganancia directa al Declarante supere mensualmente 250 Unidades de Medida y Actualización (UMA), refiriéndose al valor diario de ésta. Deberá reportar hasta los últimos dos años.
   */
  export interface ClientesPrincipales {
    ninguno?: Ninguno;
    cliente?: {
      tipoOperacion?: TipoOperacion;
      /**
       * Realiza alguna actividad lucrativa independiente al empleo cargo o comisión. Seleccionar sí o no.
       */
      realizaActividadLucrativa?: boolean;
      tipoRelacion?: TipoRelacion;
      empresa?: {
        /**
         * Nombre de la empresa o servicio que proporciona. Señalar nombre o razón social completos de la empresa o en su caso el servicio que proporciona.
         */
        nombreEmpresaServicio?: string;
        /**
         * RFC. Establecer los doce dígitos de la empresa. Proporcionar los dígitos completos del registro federal de contribuyentes.
         */
        rfc?: string;
      };
      clientePrincipal?: {
        tipoPersona?: TipoPersona;
        /**
         * Señale el nombre o razón social del cliente principal. Indicar el nombre o razón social completos del cliente principal.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del cliente principal.
         */
        rfc?: string;
      };
      sector?: Sector;
      montoAproximadoGanancia?: Monto;
      ubicacion?: Ubicacion;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Es la contribución monetaria o en especie que otorga una persona física o moral con recursos privados al Declarante o alguna de las personas señaladas en el catálogo. El apoyo en especie refiere a cualquier contribución, utilizando bienes o beneficios de naturaleza diferente al dinero. Deberá reportar hasta los últimos dos años.
   */
  export interface BeneficiosPrivados {
    ninguno?: Ninguno;
    beneficio?: {
      tipoOperacion?: TipoOperacion;
      tipoPersona?: TipoPersona;
      /**
       * Tipo de Beneficio. Seleccionar del listado el tipo de beneficio sorteo, concurso, donación u otro (especifique).
       */
      tipoBeneficio?: {
        /**
         * Significado de Claves:
         *   * `S` - SORTEO
         *   * `C` - CONCURSO
         *   * `D` - DONACIÓN
         *   * `O` - OTRO (ESPECIFICO)
         *
         */
        clave?: 'S' | 'C' | 'D' | 'O';
        valor?: string;
      };
      beneficiario?: BeneficiariosPrograma[];
      otorgante?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del otorgante. Proporcionar el nombre o razón social completos de quien otorga el beneficio.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del otorgante del beneficio.
         */
        rfc?: string;
      };
      formaRecepcion?: FormaRecepcion;
      /**
       * Especifique el beneficio. En caso de haber seleccionado en especie deberá describir en qué consiste el beneficio.
       */
      especifiqueBeneficio?: string;
      montoMensualAproximado?: Monto;
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Este apartado solo lo llenaran las personas servidoras públicas que tengan participación en un fideicomiso, ya sea en el carácter de fideicomitente, fiduciario, fideicomisario o dentro del consejo técnico. Deberá reportar hasta los últimos dos años.
   */
  export interface Fideicomisos {
    ninguno?: Ninguno;
    fideicomiso?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de fideicomiso. Seleccionar si es público, privado o mixto.
       */
      tipoFideicomiso?: 'PUBLICO' | 'PRIVADO' | 'MIXTO';
      /**
       * Tipo de participación. Seleccionar su participación como fideicomitente, fiduciario, fideicomisario o dentro del Comité Técnico.
       */
      tipoParticipacion?: 'FIDEICOMITENTE' | 'FIDUCIARIO' | 'FIDEICOMISARIO' | 'COMITE_TECNICO';
      /**
       * RFC del fideicomiso. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomiso.
       */
      rfcFideicomiso?: string;
      fideicomitente?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del fideicomitente. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomitente.
         */
        rfc?: string;
      };
      fiduciario?: {
        /**
         * Nombre o razón social del fiduciario. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fiduciario.
         */
        rfc?: string;
      };
      fideicomisario?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del fideicomisario. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomisario.
         */
        rfc?: string;
      };
      sector?: Sector;
      /**
       * ¿Dónde se localiza el fideicomiso? Seleccionar en México o en el extranjero.
       */
      extranjero?: 'MX' | 'EX';
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
}

/** Types of an S1 v2 result item of tipo CONCLUSIÓN (OAS_API_Declaraciones_Conclusion.json). */
export namespace Conclusion {
  /**
   * Código de 2 caracteres del país especificado en el estándar ISO3166
   */
  export type Pais = string;
  /**
   * Aclaraciones/observaciones. En este espacio el Declarante podrá realizar las aclaraciones u observaciones que considere pertinentes respecto de alguno o algunos de los incisos de este apartado.
   */
  export type AclaracionesObservaciones = string;
  /**
   * Indicar si el elemento fue agregado, modificado, sin cambios o dado de baja
   */
  export type TipoOperacion = 'AGREGAR' | 'MODIFICAR' | 'SIN_CAMBIOS' | 'BAJA';
  /**
   * Orden de gobierno en el que se encuentra
   */
  export type NivelOrdenGobierno = 'FEDERAL' | 'ESTATAL' | 'MUNICIPAL_ALCALDIA';
  /**
   * Naturaleza jurídica al que pertenece
   */
  export type AmbitoPublico = 'EJECUTIVO' | 'LEGISLATIVO' | 'JUDICIAL' | 'ORGANO_AUTONOMO';
  /**
   * Indica que el declarante expresa no tener información relacionada
   */
  export type Ninguno = boolean;
  /**
   * Indicar si vive en México, en el extranjero o si se desconoce.
   */
  export type LugarDondeReside = 'MEXICO' | 'EXTRANJERO' | 'SE_DESCONOCE';
  /**
   * Código a 3 caracteres del ISO 4217
   */
  export type TipoMoneda = string;
  export type TitularBien = {
    /**
     * Significado de Claves:
     *   * `DEC` - DECLARANTE
     *   * `CYG` - CÓNYUGE
     *   * `CBN` - CONCUBINA O CONCUBINARIO
     *   * `CVV` - CONVIVIENTE
     *   * `DEN` - DEPENDIENTE ECONÓMICO
     *   * `CTER` - COPROPIEDAD CON TERCEROS
     *
     */
    clave?: 'DEC' | 'CYG' | 'CBN' | 'CVV' | 'DEN' | 'CTER';
    /**
     * Valor del titular del inmueble
     */
    valor?: string;
  }[];
  /**
   * Significado de Claves:
   *   * `m2 ` - METRO CUADRADO
   *   * `ha ` - HECTÁREA
   *   * `km2 ` - KILÓMETRO CUADRADO
   *
   */
  export type UnidadMedida = 'm2' | 'ha' | 'km2';
  /**
   * Indica si es persona física o persona moral
   */
  export type TipoPersona = 'FISICA' | 'MORAL';
  export type Tercero = {
    tipoPersona?: TipoPersona;
    /**
     * En caso de señalar copropiedad, escribir el nombre o nombres completos, así como apellidos completos sin abreviaturas y sin acentos ni signos especiales. Si se trata de persona moral deberá proporcionar la denominación o razón social de la institución tal y como se encuentra en el documento con el que se acredita la adquisición.
     */
    nombreRazonSocial?: string;
    /**
     * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
     */
    rfc?: string;
  }[];
  /**
   * Llenar la información para cada uno de los transmisores
   */
  export type Transmisor = {
    tipoPersona?: TipoPersona;
    /**
     * Nombre completo del transmisor, en caso de persona moral deberá proporcionar la denominación o razón social
     */
    nombreRazonSocial?: string;
    /**
     * RFC
     */
    rfc?: string;
    relacion?: ParentescoRelacion;
  }[];
  export type FormaPago = 'CRÉDITO' | 'CONTADO' | 'NO APLICA';
  /**
   * Elegir quien es el Declarante, Pareja o dependiente económico.
   */
  export type TipoRelacion = 'DECLARANTE' | 'PAREJA' | 'DEPENDIENTE_ECONOMICO';
  /**
   * Forma de recepción. Señalar si es monetario o en especie.
   */
  export type FormaRecepcion = 'MONETARIO' | 'ESPECIE';

  export interface S1Item {
    /**
     * Identificador de la declaración con valor alfanumérico
     */
    id: string;
    metadata: Metadata;
    declaracion: Declaracion;
  }
  export interface Metadata {
    /**
     * Fecha y hora en la que se presentó la declaración
     */
    actualizacion: string;
    /**
     * Institución responsable del sistema de captura
     */
    institucion: string;
    /**
     * indica el tipo de declaración
     */
    tipo: 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN';
    /**
     * indica si la declaración es completa(true) o simplificada(false)
     */
    declaracionCompleta: boolean;
    /**
     * indica si se ha realizado una actualización de conflicto de intereses
     */
    actualizacionConflictoInteres: boolean;
  }
  export interface Declaracion {
    situacionPatrimonial: SituacionPatrimonial;
    interes?: Interes;
  }
  export interface SituacionPatrimonial {
    datosGenerales: DatosGenerales;
    domicilioDeclarante?: DomicilioDeclarante;
    datosCurricularesDeclarante: DatosCurricularesDeclarante;
    datosEmpleoCargoComision: DatosEmpleoCargoComision;
    experienciaLaboral: ExperienciaLaboral;
    datosPareja?: DatosPareja;
    datosDependienteEconomico?: DatosDependientesEconomicos;
    ingresos: Ingresos;
    actividadAnualAnterior: ActividadAnualAnterior;
    bienesInmuebles?: BienesInmuebles;
    vehiculos?: Vehiculos;
    bienesMuebles?: BienesMuebles;
    inversiones?: InversionesCuentasValores;
    adeudos?: AdeudosPasivos;
    prestamoOComodato?: PrestamoComodato;
  }
  export interface DatosGenerales {
    /**
     * Nombre(s) del declarante
     */
    nombre: string;
    /**
     * Primer apellido
     */
    primerApellido: string;
    /**
     * Segundo apellido
     */
    segundoApellido?: string;
    /**
     * Escribir los dieciocho caracteres como la emitió la Secretaría de Gobernación. En caso de no contar con ella, podrá consultarla en la página de la Secretaría de Gobernación, en el apartado de Trámites.
     */
    curp?: string;
    rfc?: {
      /**
       * Registro Federal de Contribuyentes
       */
      rfc?: string;
      /**
       * Homoclave
       */
      homoClave?: string;
    };
    correoElectronico?: {
      /**
       * Escribir la dirección de correo electrónico que le haya sido asignada por el Ente Público en el que labora.
       */
      institucional?: string;
      /**
       * Escribir la dirección de correo electrónico que el Declarante haya generado para uso personal. En caso de no contar con él, deberá generar una cuenta.
       */
      personal?: string;
    };
    telefono?: {
      /**
       * Escribir el número telefónico de su domicilio, incluir lada.
       */
      casa?: string;
      /**
       * Escribir los diez dígitos de su número celular.
       */
      celularPersonal?: string;
    };
    situacionPersonalEstadoCivil?: {
      /**
       * Significado de Claves:
       *   * `SOL` - SOLTERO (A)
       *   * `CAS` - CASADO (A)
       *   * `DIV` - DIVORCIADO (A)
       *   * `VIU` - VIUDO (A)
       *   * `CON` - CONCUBINA/CONCUBINARIO/UNIÓN LIBRE
       *   * `SCO` - SOCIEDAD DE CONVIVENCIA
       *
       */
      clave?: 'SOL' | 'CAS' | 'DIV' | 'VIU' | 'CON' | 'SCO';
      /**
       * Es la condición del Declarante en función de si tiene o no Pareja, según sus circunstancias o situación legal respecto a ello.
       */
      valor?:
        | 'SOLTERO (A)'
        | 'CASADO (A)'
        | 'DIVORCIADO (A)'
        | 'VIUDO (A)'
        | 'CONCUBINA/CONCUBINARIO/UNIÓN LIBRE'
        | 'SOCIEDAD DE CONVIVENCIA';
    };
    regimenMatrimonial?: {
      /**
       * Significado de las Claves:
       * * `SOC` - SOCIEDAD CONYUGAL
       * * `SBI` - SEPARACIÓN DE BIENES
       * * `OTR` - OTRO
       *
       */
      clave?: 'SOC' | 'SBI' | 'OTR';
      /**
       * En su caso, especificar, sociedad conyugal, separación de bienes u otro/especifique.
       */
      valor?: string;
    };
    paisNacimiento?: Pais;
    nacionalidad?: Pais;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DomicilioDeclarante {
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DomicilioMexico {
    calle?: string;
    numeroExterior?: string;
    numeroInterior?: string;
    coloniaLocalidad?: string;
    municipioAlcaldia?: {
      /**
       * cve_agem del Marco Geoestadístico de INEGI
       */
      clave?: string;
      /**
       * nom_agem del Marco Geoestadístico de INEGI
       */
      valor?: string;
    };
    entidadFederativa?: EntidadFederativa;
    codigoPostal?: string;
  }
  export interface EntidadFederativa {
    /**
     * cve_agee del Marco Geoestadístico de INEGI
     */
    clave?: string;
    /**
     * nom_agee del Marco Geoestadístico de INEGI
     */
    valor?: string;
  }
  export interface DomicilioExtranjero {
    calle?: string;
    numeroExterior?: string;
    numeroInterior?: string;
    ciudadLocalidad?: string;
    estadoProvincia?: string;
    pais?: Pais;
    codigoPostal?: string;
  }
  export interface DatosCurricularesDeclarante {
    escolaridad: {
      tipoOperacion?: TipoOperacion;
      /**
       * El Declarante deberá elegir alguna de las siguientes opciones: primaria, secundaria, bachillerato, carrera técnica o comercial, licenciatura, especialidad, maestría o doctorado.
       */
      nivel?: {
        /**
         * Significado de Claves:
         * * `PRI` - PRIMARIA
         * * `SEC` - SECUNDARIA
         * * `BCH` - BACHILLERATO
         * * `CTC` - CARRERA TÉCNICA O COMERCIAL
         * * `LIC` - LICENCIATURA
         * * `ESP` - ESPECIALIDAD
         * * `MAE` - MAESTRÍA
         * * `DOC` - DOCTORADO
         *
         */
        clave?: 'PRI' | 'SEC' | 'BCH' | 'CTC' | 'LIC' | 'ESP' | 'MAE' | 'DOC';
        valor?:
          | 'PRIMARIA'
          | 'SECUNDARIA'
          | 'BACHILLERATO'
          | 'CARRERA TÉCNICA O COMERCIAL'
          | 'LICENCIATURA'
          | 'ESPECIALIDAD'
          | 'MAESTRÍA'
          | 'DOCTORADO';
      };
      institucionEducativa?: {
        /**
         * Institución educativa. Escribir el nombre de la institución o escuela donde se realizaron los estudios.
         */
        nombre?: string;
        /**
         * Señalar si se ubica en Mexico o en el extranjero.
         */
        ubicacion?: 'MX' | 'EX';
      };
      /**
       * Escribir el nombre de la carrera o de los estudios realizados.
       */
      carreraAreaConocimiento?: string;
      /**
       * Seleccionar si se encuentra cursando los estudios, finalizado o trunco.
       */
      estatus?: 'CURSANDO' | 'FINALIZADO' | 'TRUNCO';
      documentoObtenido?: 'BOLETA' | 'CERTIFICADO' | 'CONSTANCIA' | 'TITULO';
      /**
       * Señalar la fecha que indica el documento obtenido.
       */
      fechaObtencion?: string;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface DatosEmpleoCargoComision {
    tipoOperacion?: TipoOperacion;
    nivelOrdenGobierno?: NivelOrdenGobierno;
    ambitoPublico?: AmbitoPublico;
    /**
     * Señalar el Ente Público al cual se encuentra adscrita la plaza.
     */
    nombreEntePublico: string;
    /**
     * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata de su adscripción. (Superior jerárquico).
     */
    areaAdscripcion?: string;
    /**
     * Señalar el nombre del empleo, cargo o comisión que aparece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
     */
    empleoCargoComision: string;
    /**
     * Indicar sí o no (true o false)
     */
    contratadoPorHonorarios?: boolean;
    /**
     * Elegir conforme a lo que señala su recibo de pago, en caso de no encontrarse en la lista desplegable, señalar otro y especificar.
     */
    nivelEmpleoCargoComision?: string;
    /**
     * Señalar cuál es la función o actividad principal que desempeña en su empleo, cargo o comisión.
     */
    funcionPrincipal?: string;
    /**
     * Señalar la fecha en que inició/concluyó el encargo.
     */
    fechaTomaPosesion?: string;
    telefonoOficina?: {
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      telefono?: string;
      /**
       * Proporcionar el telefono laboral y extensión según corresponda.
       */
      extension?: string;
    };
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface ExperienciaLaboral {
    ninguno: Ninguno;
    experiencia?: (
      | {
          tipoOperacion?: TipoOperacion;
          ambitoSector?: AmbitoSector;
          nivelOrdenGobierno?: NivelOrdenGobierno;
          ambitoPublico?: AmbitoPublico;
          /**
           * Señalar el Ente Público al cual se encuentra adscrita la plaza.
           */
          nombreEntePublico?: string;
          /**
           * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata de su adscripción. (Superior jerárquico).
           */
          areaAdscripcion?: string;
          /**
           * Señalar el nombre del empleo, cargo o comisión que aparece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
           */
          empleoCargoComision?: string;
          /**
           * Señalar cuál es la función o actividad principal que desempeña.
           */
          funcionPrincipal?: string;
          /**
           * Señalar la fecha en que inició empleo, cargo o comisión.
           */
          fechaIngreso?: string;
          /**
           * Señalar la fecha en que concluyó empleo, cargo o comisión.
           */
          fechaEgreso?: string;
          /**
           * Señalar en México o en el extranjero.
           */
          ubicacion?: 'MX' | 'EX';
        }
      | {
          tipoOperacion?: TipoOperacion;
          ambitoSector?: AmbitoSector;
          /**
           * Proporcionar el nombre de la empresa, sociedad o asociación en la que laboro.
           */
          nombreEmpresaSociedadAsociacion?: string;
          /**
           * Proporcionar los 12 dígitos de la empresa en que laboro.
           */
          rfc?: string;
          /**
           * Proporcionar el nombre del área en la cual estaba adscrito(A).
           */
          area?: string;
          /**
           * Proporcionar el nombre del puesto que desempeno.
           */
          puesto?: string;
          sector?: Sector;
          /**
           * Señalar la fecha en que inició empleo, cargo o comisión.
           */
          fechaIngreso?: string;
          /**
           * Señalar la fecha en que concluyó empleo, cargo o comisión.
           */
          fechaEgreso?: string;
          /**
           * Señalar si se ubica en Mexico o en el extranjero
           */
          ubicacion?: 'MX' | 'EX';
        }
    )[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface AmbitoSector {
    /**
     * Significado de Claves:
     *   * `PUB` - Público
     *   * `PRV` - Privado
     *   * `OTR` - Otro (Especifique).
     *
     */
    clave?: 'PUB' | 'PRV' | 'OTR';
    /**
     * Señalar si el empleo que reporta corresponde al sector público, privado u otro. En caso de señalar otro deberá especificar el sector en el que laboro.
     */
    valor?: string;
  }
  export interface Sector {
    /**
     * Significado de Claves:
     *   * `AGRI` - AGRICULTURA
     *   * `MIN` - MINERÍA
     *   * `EELECT` - ENERGÍA ELÉCTRICA
     *   * `CONS` - CONSTRUCCIÓN
     *   * `INDMANU` - INDUSTRIA MANUFACTURERA
     *   * `CMAYOR` - COMERCIO AL POR MAYOR
     *   * `CMENOR` - COMERCIO AL POR MENOR
     *   * `TRANS` - TRANSPORTE
     *   * `MEDIOM` - MEDIOS MASIVOS
     *   * `SERVFIN` - SERVICIOS FINANCIEROS
     *   * `SERVINM` - SERVICIOS INMOBILIARIOS
     *   * `SERVPROF` - SERVICIOS PROFESIONALES
     *   * `SERVCORP` - SERVICIOS CORPORATIVOS
     *   * `SERVS` - SERVICIOS DE SALUD
     *   * `SERVESPAR` - SERVICIOS DE ESPARCIMIENTO
     *   * `SERVALOJ` - SERVICIOS DE ALOJAMIENTO
     *   * `OTRO` - OTRO (ESPECIFIQUE)
     *
     */
    clave?:
      | 'AGRI'
      | 'MIN'
      | 'EELECT'
      | 'CONS'
      | 'INDMANU'
      | 'CMAYOR'
      | 'CMENOR'
      | 'TRANS'
      | 'MEDIOM'
      | 'SERVFIN'
      | 'SERVINM'
      | 'SERVPROF'
      | 'SERVCORP'
      | 'SERVS'
      | 'SERVESPAR'
      | 'SERVALOJ'
      | 'OTRO';
    valor?: string;
  }
  export interface DatosPareja {
    ninguno?: Ninguno;
    tipoOperacion?: TipoOperacion;
    /**
     * Nombre(s)
     */
    nombre?: string;
    /**
     * Primer Apellido
     */
    primerApellido?: string;
    /**
     * Segundo Apellido
     */
    segundoApellido?: string;
    /**
     * Señalar la fecha de nacimiento de la Pareja
     */
    fechaNacimiento?: string;
    /**
     * Escribir los diez caracteres básicos con los tres caracteres de la homoclave.
     */
    rfc?: string;
    /**
     * Seleccionar el tipo de relación entre las siguientes opciones: cónyuge, concubina/concubinario/unión libre o sociedad de convivencia.
     */
    relacionConDeclarante?: 'CONYUGE' | 'CONCUBINA_CONCUBINARIO_UNION_LIBRE' | 'SOCIEDAD_DE_CONVIVENCIA';
    /**
     * Deberá indicar si o no (true/false), según el caso.
     */
    ciudadanoExtranjero?: boolean;
    /**
     * Escribir los dieciocho caracteres como la emitió la Secretaría de Gobernación.
     */
    curp?: string;
    /**
     * Si la manutención depende principalmente de los ingresos de la persona servidora pública Declarante, señalará si, en caso contrario señalará no.
     */
    esDependienteEconomico?: boolean;
    /**
     * Indicar si o no, la Pareja vive en el domicilio del Declarante.
     */
    habitaDomicilioDeclarante?: boolean;
    lugarDondeReside?: LugarDondeReside;
    domicilioMexico?: DomicilioMexico;
    domicilioExtranjero?: DomicilioExtranjero;
    actividadLaboral?: ActividadLaboral;
    actividadLaboralSectorPublico?: {
      nivelOrdenGobierno?: NivelOrdenGobierno;
      ambitoPublico?: AmbitoPublico;
      /**
       * Señalar el Ente Público al cual se encuentra adscrita la plaza.
       */
      nombreEntePublico?: string;
      /**
       * Especificar el nombre de la Unidad Administrativa u homóloga superior inmediata en la que está adscrito. (Superior jerárquico).
       */
      areaAdscripcion?: string;
      /**
       * Señalar el nombre del empleo, cargo o comisión que se establece en su recibo de nómina, nombramiento, contrato u oficio de comisión.
       */
      empleoCargoComision?: string;
      /**
       * Señalar cuál es la función o actividad principal que desempeña su Pareja.
       */
      funcionPrincipal?: string;
      salarioMensualNeto?: Monto;
      /**
       * Señalar la fecha en que inició empleo, cargo o comisión.
       */
      fechaIngreso?: string;
    };
    actividadLaboralSectorPrivadoOtro?: {
      /**
       * Proporcionar el nombre de la empresa, sociedad o asociación en la que labora.
       */
      nombreEmpresaSociedadAsociacion?: string;
      /**
       * Proporcionar el nombre del puesto que desempeña.
       */
      empleoCargoComision?: string;
      /**
       * Proporcionar los 12 dígitos de la empresa en que labora su cónyuge, concubina/concubinario o sociedad de convivencia.
       */
      rfc?: string;
      /**
       * Señalar la fecha en que inició empleo, cargo o comisión.
       */
      fechaIngreso?: string;
      sector?: Sector;
      salarioMensualNeto?: Monto;
      /**
       * Señalar si o no, la Pareja vende o presta algún servicio al gobierno.
       */
      proveedorContratistaGobierno?: boolean;
    };
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface ActividadLaboral {
    /**
     * Significado de Claves:
     *   * `PUB` - PÚBLICO
     *   * `PRI` - PRIVADO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *   * `NIN` - NINGUNO
     *
     */
    clave?: 'PUB' | 'PRI' | 'OTRO' | 'NIN';
    valor?: string;
  }
  export interface Monto {
    /**
     * Valor sin centavos. No se aceptan valores negativos
     */
    valor: number;
    moneda: TipoMoneda;
  }
  /**
   * Proporcionar los datos de los dependientes económicos, que son aquellas personas, familiares o no, cuya manutención depende principalmente de los ingresos del Declarante.
   */
  export interface DatosDependientesEconomicos {
    ninguno?: Ninguno;
    /**
     * Llenar toda la información por cada una de las personas que dependan económicamente del Declarante.
     */
    dependienteEconomico?: {
      tipoOperacion?: TipoOperacion;
      /**
       * Nombre del dependiente económico
       */
      nombre?: string;
      /**
       * Primer apellido del dependiente económico
       */
      primerApellido?: string;
      /**
       * Segundo apellido del dependiente económico
       */
      segundoApellido?: string;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaNacimiento?: string;
      /**
       * Escribir los diez caracteres básicos con los tres caracteres de la homoclave
       */
      rfc?: string;
      parentescoRelacion?: ParentescoRelacion;
      /**
       * Indica si es extranjero o no
       */
      extranjero?: boolean;
      /**
       * Se deberá escribir los 18 caracteres de la Clave Única de
       * Registro de Población, como la emitió la Secretaría de
       * Gobernación. Este dato es información confidencial.
       */
      curp?: string;
      /**
       * Indicar sí o no, el dependiente económico vive en el domicilio del Declarante.
       */
      habitaDomicilioDeclarante?: boolean;
      /**
       * En caso de que el dependiente económico, no viva en el domicilio del Declarante, indicar si vive en México, en el extranjero o si se desconoce.
       */
      lugarDondeReside?: 'MEXICO' | 'EXTRANJERO' | 'SE_DESCONOCE';
      domicilioMexico?: DomicilioMexico;
      domicilioExtranjero?: DomicilioExtranjero;
      actividadLaboral?: ActividadLaboral;
      /**
       * Si el dependiente económico se encuentra trabajando actualmente en el sector público
       */
      actividadLaboralSectorPublico?: {
        nivelOrdenGobierno?: NivelOrdenGobierno;
        ambitoPublico?: AmbitoPublico;
        /**
         * Ente Público al cual se encuentra adscrita la plaza
         */
        nombreEntePublico?: string;
        /**
         * El nombre de la Unidad Administrativa u homóloga superior inmediata en la que está adscrito. (Superior jerárquico).
         */
        areaAdscripcion?: string;
        /**
         * Nombre del empleo, cargo o comisión que se establece en su recibo de nómina, nombramiento, contrato u oficio de comisión
         */
        empleoCargoComision?: string;
        funcionPrincipal?: string;
        salarioMensualNeto?: Monto;
        /**
         * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
         */
        fechaIngreso?: string;
      };
      actividadLaboralSectorPrivadoOtro?: {
        /**
         * Nombre de la empresa, sociedad o asociación en la que labora.
         */
        nombreEmpresaSociedadAsociacion?: string;
        /**
         * Los 12 dígitos de la empresa en la que labora el dependiente económico
         */
        rfc?: string;
        /**
         * Nombre del puesto que desempeña
         */
        empleoCargo?: string;
        /**
         * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
         */
        fechaIngreso?: string;
        salarioMensualNeto?: Monto;
        /**
         * Señala sí o no, el dependiente económico vende o presta algún servicio al gobierno
         */
        proveedorContratistaGobierno?: boolean;
        sector?: Sector;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Tipo de relación con el Declarante
   */
  export interface ParentescoRelacion {
    /**
     * Significado de Claves:
     *   * `ABU` - ABUELO(A)
     *   * `BISA` - BISABUELO(A)
     *   * `BISN` - BISNIETO(A)
     *   * `CONB` - CONCUBINA O CONCUBINARIO
     *   * `CONC` - CONCUÑO(A)
     *   * `CONY` - CÓNYUGE
     *   * `CUN` - CUÑADO(A)
     *   * `HER` - HERMANO(A)
     *   * `HIJ` - HIJO(A)
     *   * `MAD` - MADRE
     *   * `PAD` - PADRE
     *   * `PRI` - PRIMO(A)
     *   * `SOB` - SOBRINO(A)
     *   * `SUE` - SUEGRO(A)
     *   * `TATA` - TATARABUELO(A)
     *   * `TATN` - TATARANIETO(A)
     *   * `TIOA` - TIO(A)
     *   * `NIE` - NIETO(A)
     *   * `NIN` - NINGUNO
     *   * `AHI` - AHIJADO(A)
     *   * `NUE` - NUERA
     *   * `YER` - YERNO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?:
      | 'ABU'
      | 'BISA'
      | 'BISN'
      | 'CONB'
      | 'CONC'
      | 'CONY'
      | 'CUN'
      | 'HER'
      | 'HIJ'
      | 'MAD'
      | 'PAD'
      | 'PRI'
      | 'SOB'
      | 'SUE'
      | 'TATA'
      | 'TATN'
      | 'TIOA'
      | 'NIE'
      | 'NIN'
      | 'AHI'
      | 'NUE'
      | 'YER'
      | 'OTRO';
    /**
     * Valor del parentesco
     */
    valor?: string;
  }
  /**
   * Para la declaración de inicio los ingresos a reportar son mensuales.
   */
  export interface Ingresos {
    remuneracionConclusionCargoPublico: Monto;
    otrosIngresosConclusionTotal?: Monto;
    actividadIndustrialComercialEmpresarial?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        /**
         * Nombre, razón social o denominación del negocio, en el cual se lleva a cabo la actividad o alguna de las actividades antes mencionadas por la cual se genera el ingreso.
         */
        nombreRazonSocial?: string;
        /**
         * Tipo de negocio por el cual obtuvo el ingreso.
         */
        tipoNegocio?: string;
      }[];
    };
    actividadFinanciera?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        tipoInstrumento?: TipoInstrumento;
      }[];
    };
    serviciosProfesionales?: {
      remuneracionTotal?: Monto;
      servicios?: {
        remuneracion?: Monto;
        /**
         * Tipo de servicio que otorga, el tipo de participación en los consejos o consultorías, así como el tipo de asesorías que llevó a cabo.
         */
        tipoServicio?: string;
      }[];
    };
    enajenacionBienes?: {
      remuneracionTotal?: Monto;
      bienes?: {
        remuneracion?: Monto;
        /**
         * Significado de Claves:
         *   * `MUE` - MUEBLE
         *   * `INM` - INMUEBLE
         *   * `VEH` - VEHICULO
         *
         */
        tipoBienEnajenado?: 'MUEBLE' | 'INMUEBLE' | 'VEHICULO';
      }[];
    };
    otrosIngresos?: {
      remuneracionTotal?: Monto;
      ingresos?: {
        remuneracion?: Monto;
        /**
         * Indicar si el ingreso derivó de arrendamiento, regalía, sorteos, concursos, donaciones, seguro de vida o algún otro concepto distinto no considerado en los rubros anteriores.
         */
        tipoIngreso?: string;
      }[];
    };
    ingresoConclusionNetoDeclarante: Monto;
    ingresoConclusionNetoParejaDependiente?: Monto;
    totalIngresosConclusionNetos: Monto;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoInstrumento {
    /**
     * Significado de Claves:
     *   * `CAP` - CAPITAL
     *   * `FIN` - FONDOS DE INVERSIÓN
     *   * `OPR` - ORGANIZACIONES PRIVADA
     *   * `SSI` - SEGURO DE SEPARACIÓN INDIVIDUALIZADO
     *   * `VBU` - VALORES BURSÁTILES
     *   * `BON` - BONOS
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?: 'CAP' | 'FIN' | 'OPR' | 'SSI' | 'VBU' | 'BON' | 'OTRO';
    /**
     * Valor del tipo de inversión
     */
    valor?: string;
  }
  export interface ActividadAnualAnterior {
    /**
     * Indica si se desempeño como servidor público en el año inmediato anterior
     */
    servidorPublicoAnioAnterior: boolean;
    /**
     * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
     */
    fechaIngreso?: string;
    /**
     * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
     */
    fechaConclusion?: string;
    remuneracionNetaCargoPublico?: Monto;
    otrosIngresosTotal?: Monto;
    actividadIndustrialComercialEmpresarial?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        /**
         * Nombre, razón social o denominación del negocio, en el cual se lleva a cabo la actividad o alguna de las actividades antes mencionadas por la cual se genera el ingreso.
         */
        nombreRazonSocial?: string;
        /**
         * Tipo de negocio por el cual obtuvo el ingreso.
         */
        tipoNegocio?: string;
      }[];
    };
    actividadFinanciera?: {
      remuneracionTotal?: Monto;
      actividades?: {
        remuneracion?: Monto;
        tipoInstrumento?: TipoInstrumento;
      }[];
    };
    serviciosProfesionales?: {
      remuneracionTotal?: Monto;
      servicios?: {
        remuneracion?: Monto;
        /**
         * Tipo de servicio que otorga, el tipo de participación en los consejos o consultorías, así como el tipo de asesorías que llevó a cabo.
         */
        tipoServicio?: string;
      }[];
    };
    enajenacionBienes?: {
      remuneracionTotal?: Monto;
      bienes?: {
        remuneracion?: Monto;
        tipoBienEnajenado?: 'MUEBLE' | 'INMUEBLE' | 'VEHICULO';
      }[];
    };
    otrosIngresos?: {
      remuneracionTotal?: Monto;
      ingresos?: {
        remuneracion?: Monto;
        /**
         * Indicar si el ingreso derivó de arrendamiento, regalía, sorteos, concursos, donaciones, seguro de vida o algún otro concepto distinto no considerado en los rubros anteriores.
         */
        tipoIngreso?: string;
      }[];
    };
    ingresoNetoAnualDeclarante?: Monto;
    ingresoNetoAnualParejaDependiente?: Monto;
    totalIngresosNetosAnuales?: Monto;
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Reportar aquellos bienes que conforme a la normatividad aplicable se consideran inmuebles.
   */
  export interface BienesInmuebles {
    ninguno?: Ninguno;
    /**
     * Llenar toda la información de cada uno de los bienes que conforme a la normatividad aplicable se consideran inmuebles.
     */
    bienInmueble?: {
      tipoOperacion?: TipoOperacion;
      tipoInmueble?: TipoInmueble;
      titular?: TitularBien;
      porcentajePropiedad?: number;
      superficieTerreno?: Superficie;
      superficieConstruccion?: Superficie;
      tercero?: Tercero;
      transmisor?: Transmisor;
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaAdquisicion?: string;
      /**
       * Número de escritura pública, folio real o cualquier dato que lo identifique
       */
      datoIdentificacion?: string;
      /**
       * Indicar si es conforme a escritura pública, sentencia o contrato
       */
      valorConformeA?: 'ESCRITURA PÚBLICA' | 'SENTENCIA' | 'CONTRATO';
      domicilioMexico?: DomicilioMexico;
      domicilioExtranjero?: DomicilioExtranjero;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoInmueble {
    /**
     * Significado de Claves:
     *   * `CASA` - CASA
     *   * `DPTO` - DEPARTAMENTO
     *   * `EDIF` - EDIFICIO
     *   * `LOCC` - LOCAL COMERCIAL
     *   * `BODG` - BODEGA
     *   * `PALC` - PALCO
     *   * `RACH` - RANCHO
     *   * `TERR` - TERRENO
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'CASA' | 'DPTO' | 'EDIF' | 'LOCC' | 'BODG' | 'PALC' | 'RACH' | 'TERR' | 'OTRO';
    valor?: string;
  }
  export interface Superficie {
    valor?: number;
    unidad?: UnidadMedida;
  }
  export interface FormaAdquisicion {
    /**
     * Significado de Claves:
     *   * `CPV` - COMPRAVENTA
     *   * `CSN` - CESIÓN
     *   * `DNC` - DONACIÓN
     *   * `HRN` - HERENCIA
     *   * `PRM` - PERMUTA
     *   * `RST` - RIFA O SORTEO
     *   * `STC` - SENTENCIA
     *
     */
    clave?: 'CPV' | 'CSN' | 'DNC' | 'HRN' | 'PRM' | 'RST' | 'STC';
    /**
     * Valor de la forma de adquisición
     */
    valor?: string;
  }
  export interface MotivoBaja {
    /**
     * Significado de Claves:
     *   * `VNT` - VENTA
     *   * `DNC` - DONACIÓN
     *   * `SNT` - SINIESTRO
     *   * `OTRO` - OTRO(ESPECIFIQUE)
     *
     */
    clave?: 'VNT' | 'DNC' | 'SNT' | 'OTRO';
    /**
     * Valor del motivo de baja
     */
    valor?: string;
  }
  /**
   * Situación de los vehículos a la fecha de ingreso al empleo, cargo o comisión.
   */
  export interface Vehiculos {
    ninguno?: Ninguno;
    /**
     * Datos del vehículo declarado
     */
    vehiculo?: {
      tipoOperacion?: TipoOperacion;
      tipoVehiculo?: TipoVehiculo;
      titular?: TitularBien;
      transmisor?: Transmisor;
      /**
       * Marca
       */
      marca?: string;
      /**
       * Modelo del vehículo de acuerdo a la marca
       */
      modelo?: string;
      /**
       * Año del vehículo
       */
      anio?: number;
      /**
       * Número de serie o registro que aparece en la factura o tarjeta de circulación
       */
      numeroSerieRegistro?: string;
      tercero?: Tercero;
      lugarRegistro?: {
        pais?: Pais;
        entidadFederativa?: EntidadFederativa;
      };
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Formato de fechas ISO 8601 con notación yyyy-mm-dd.
       */
      fechaAdquisicion?: string;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface TipoVehiculo {
    /**
     * Significado de Claves:
     *   * `AUMOT` - AUTOMÓVIL/MOTOCICLETA
     *   * `AERN` - AERONAVE
     *   * `BARYA` - BARCO/YATE
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'AUMOT' | 'AERN' | 'BARYA' | 'OTRO';
    /**
     * Valor de la clave de tipo de vehículo
     */
    valor?: string;
  }
  export interface BienesMuebles {
    ninguno?: Ninguno;
    bienMueble?: {
      tipoOperacion?: TipoOperacion;
      titular?: TitularBien;
      /**
       * Seleccionar de la lista desplegable: menaje de casa (muebles y accesorios de casa), aparatos electrónicos y electrodomésticos, joyas, colecciones, obras de arte y otros, especifique.
       */
      tipoBien?: {
        /**
         * Significado de Claves:
         *   * `MECA` - MENAJE DE CASA (MUEBLES Y ACCESORIOS DE CASA)
         *   * `APAE` - APARATOS ELECTRÓNICOS Y ELECTRODOMÉSTICOS
         *   * `JOYA` - JOYAS
         *   * `COLEC` - COLECCIONES
         *   * `OBRA` - OBRAS DE ARTE
         *   * `OTRO` - OTROS (ESPECIFIQUE)
         *
         */
        clave?: 'MECA' | 'APAE' | 'JOYA' | 'COLEC' | 'OBRA' | 'OTRO';
        valor?: string;
      };
      transmisor?: Transmisor;
      tercero?: Tercero;
      /**
       * Referir brevemente el bien reportado.
       */
      descripcionGeneralBien?: string;
      formaAdquisicion?: FormaAdquisicion;
      formaPago?: FormaPago;
      valorAdquisicion?: Monto;
      /**
       * Señalar la fecha de adquisición del mueble.
       */
      fechaAdquisicion?: string;
      motivoBaja?: MotivoBaja;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface InversionesCuentasValores {
    ninguno?: Ninguno;
    inversion?: {
      tipoOperacion?: TipoOperacion;
      tipoInversion?: {
        /**
         * Significado de Claves:
         *   * `BANC` - BANCARIA
         *   * `FINV` - FONDOS DE INVERSIÓN
         *   * `ORPM` - ORGANIZACIONES PRIVADAS Y/O MERCANTILES
         *   * `POMM` - POSESIÓN DE MONEDAS Y/O METALES
         *   * `SEGR` - SEGUROS
         *   * `VBUR` - VALORES BURSÁTILES
         *   * `AFOT` - AFORES Y OTROS
         *
         */
        clave?: 'BANC' | 'FINV' | 'ORPM' | 'POMM' | 'SEGR' | 'VBUR' | 'AFOT';
        valor?:
          | 'BANCARIA'
          | 'FONDOS DE INVERSIÓN'
          | 'ORGANIZACIONES PRIVADAS Y/O MERCANTILES'
          | 'POSESIÓN DE MONEDAS Y/O METALES'
          | 'SEGUROS'
          | 'VALORES BURSÁTILES'
          | 'AFORES Y OTROS';
      };
      subTipoInversion?: {
        /**
         * Significado de Claves:
         *   * tipoInversion - clave - valor
         *   * BANC - `CNOM` - CUENTA DE NÓMINA
         *   * BANC - `CAHO` - CUENTA DE AHORRO
         *   * BANC - `CCHE` - CUENTA DE CHEQUES
         *   * BANC - `CMAS` - CUENTA MAESTRA
         *   * BANC - `CEJE` - CUENTA EJE
         *   * BANC - `DPLA` - DEPÓSITO A PLAZOS
         *
         *   * FINV - `SOIN` - SOCIEDADES DE INVERSIÓN
         *   * FINV - `IFEX` - INVERSIONES FINANCIERAS EN EL EXTRANJERO
         *
         *   * ORPM - `ACCI` - ACCIONES
         *   * ORPM - `CSAH` - CAJAS DE AHORRO
         *
         *   * POMM - `CENT` - CENTENARIOS
         *   * POMM - `DIVS` - DIVISAS
         *   * POMM - `MONN` - MONEDA NACIONAL
         *   * POMM - `ONZT` - ONZAS TROY
         *   * POMM - `CRIP` - CRIPTOMONEDAS
         *
         *   * SEGR - `SSIN` - SEGURO DE SEPARACIÓN INDIVIDUALIZADO
         *   * SEGR - `SEGI` - SEGURO DE INVERSIÓN
         *   * SEGR - `SEGV` - SEGURO DE VIDA
         *
         *   * VBUR - `ADER` - ACCIONES Y DERIVADOS
         *   * VBUR - `ABAN` - ACEPTACIONES BANCARIAS
         *   * VBUR - `BGUB` - BONOS GUBERNAMENTALES
         *   * VBUR - `PCOM` - PAPEL COMERCIAL
         *
         *   * AFOT - `AFOR` - AFORES
         *   * AFOT - `FIDE` - FIDEICOMISOS
         *   * AFOT - `CTES` - CERTIFICADOS DE LA TESORERÍA
         *   * AFOT - `PFTE` - PRÉSTAMOS A FAVOR DE UN TERCERO
         *
         */
        clave?:
          | 'CNOM'
          | 'CAHO'
          | 'CCHE'
          | 'CMAS'
          | 'CEJE'
          | 'DPLA'
          | 'SOIN'
          | 'IFEX'
          | 'ACCI'
          | 'CSAH'
          | 'CENT'
          | 'DIVS'
          | 'MONN'
          | 'ONZT'
          | 'CRIP'
          | 'SSIN'
          | 'SEGI'
          | 'SEGV'
          | 'ADER'
          | 'ABAN'
          | 'BGUB'
          | 'PCOM'
          | 'AFOR'
          | 'FIDE'
          | 'CTES'
          | 'PFTE';
        valor?:
          | 'CUENTA DE NÓMINA'
          | 'CUENTA DE AHORRO'
          | 'CUENTA DE CHEQUES'
          | 'CUENTA MAESTRA'
          | 'CUENTA EJE'
          | 'DEPÓSITO A PLAZOS'
          | 'SOCIEDADES DE INVERSIÓN'
          | 'INVERSIONES FINANCIERAS EN EL EXTRANJERO'
          | 'ACCIONES'
          | 'CAJAS DE AHORRO'
          | 'CENTENARIOS'
          | 'DIVISAS'
          | 'MONEDA NACIONAL'
          | 'ONZAS TROY'
          | 'CRIPTOMONEDAS'
          | 'SEGURO DE SEPARACIÓN INDIVIDUALIZADO'
          | 'SEGURO DE INVERSIÓN'
          | 'SEGURO DE VIDA'
          | 'ACCIONES Y DERIVADOS'
          | 'ACEPTACIONES BANCARIAS'
          | 'BONOS GUBERNAMENTALES'
          | 'PAPEL COMERCIAL'
          | 'AFORES'
          | 'FIDEICOMISOS'
          | 'CERTIFICADOS DE LA TESORERÍA'
          | 'PRÉSTAMOS A FAVOR DE UN TERCERO';
      };
      titular?: TitularBien;
      tercero?: Tercero;
      /**
       * Señalar el número de cuenta, contrato, póliza o cualquier dato que permita su identificación.
       */
      numeroCuentaContrato?: string;
      /**
       * Indicar si se encuentra en México o en el extranjero, debiendo señalar el país donde se localiza.
       */
      localizacionInversion?: {
        pais?: Pais;
        /**
         * Señalar el nombre de la institución donde se encuentran registradas las inversiones cuentas o valores.
         */
        institucionRazonSocial?: string;
        /**
         * Señalar los doce dígitos correspondientes. (Si aplica).
         */
        rfc?: string;
      };
      saldoFechaConclusion?: Monto;
      /**
       * porcentaje de incremento(+) o decremento(-) del saldo
       */
      porcentajeIncrementoDecremento?: number;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface AdeudosPasivos {
    ninguno?: Ninguno;
    adeudo?: {
      tipoOperacion?: TipoOperacion;
      titular?: TitularBien;
      tipoAdeudo?: {
        /**
         * Significado de Claves:
         *   * `CHIP` - CRÉDITO HIPOTECARIO
         *   * `CAUT` - CRÉDITO AUTOMOTRIZ
         *   * `CPER` - CRÉDITO PERSONAL
         *   * `TCRN` - TARJETA DE CRÉDITO BANCARIA
         *   * `TCRD` - TARJETA DE CRÉDITO DEPARTAMENTAL
         *   * `PRPE` - PRÉSTAMO PERSONAL
         *   * `OTRO` - OTROS (ESPECIFIQUE)
         *
         */
        clave?: 'CHIP' | 'CAUT' | 'CPER' | 'TCRN' | 'TCRD' | 'PRPE' | 'OTRO';
        valor?: string;
      };
      /**
       * Señalar el número de contrato, cuenta o cualquier dato que permita su identificación, en caso de préstamo personal se indicará no aplica.
       */
      numeroCuentaContrato?: string;
      /**
       * Indicar la fecha en que adquirió el adeudo.
       */
      fechaAdquisicion?: string;
      montoOriginal?: Monto;
      saldoInsolutoFechaConclusion?: Monto;
      /**
       * porcentaje de incremento(+) o decremento(-) del saldo
       */
      porcentajeIncrementoDecremento?: number;
      tercero?: Tercero;
      otorganteCredito?: {
        tipoPersona?: TipoPersona;
        /**
         * Señalar el nombre de la institución donde contrajo la deuda.
         */
        nombreInstitucion?: string;
        /**
         * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
         */
        rfc?: string;
      };
      /**
       * Indicar si se encuentra en México o en el extranjero, debiendo señalar el país donde se localiza.
       */
      localizacionAdeudo?: {
        pais?: Pais;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface PrestamoComodato {
    ninguno?: Ninguno;
    prestamo?: {
      tipoOperacion?: TipoOperacion;
      tipoBien?: {
        /**
         * Elegir alguna de las siguientes opciones: casa, departamento, edificio, local comercial, bodega, palco, rancho, terreno, otro (especifique).
         */
        inmueble?: {
          tipoInmueble?: TipoInmueble;
          domicilioMexico?: DomicilioMexico;
          domicilioExtranjero?: DomicilioExtranjero;
        };
        vehiculo?: {
          tipo?: TipoVehiculo;
          /**
           * Elegir la marca del catálogo desplegable.
           */
          marca?: string;
          /**
           * Señalar el modelo del vehículo, de acuerdo a la marca. (Ejemplo marca Volkswagen, modelo Jetta).
           */
          modelo?: string;
          /**
           * Indicar el año del vehículo.
           */
          anio?: number;
          /**
           * Número de serie o registro que aparece en la factura o tarjeta de circulación
           */
          numeroSerieRegistro?: string;
          lugarRegistro?: {
            pais?: Pais;
            entidadFederativa?: EntidadFederativa;
          };
        };
      };
      duenoTitular?: {
        tipoDuenoTitular?: TipoPersona;
        /**
         * Deberá proporcionar el nombre completo y/o razón social del propietario del bien prestado y usado por el Declarante.
         */
        nombreTitular?: string;
        /**
         * En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos.
         */
        rfc?: string;
        /**
         * Indicar que tipo de relación existe entre el dueño del bien prestado y el Declarante.
         */
        relacionConTitular?: string;
      };
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface Interes {
    participacion?: Participacion;
    participacionTomaDecisiones?: ParticipacionTomaDecisiones;
    apoyos?: Apoyos;
    representacion?: Representaciones;
    clientesPrincipales?: ClientesPrincipales;
    beneficiosPrivados?: BeneficiosPrivados;
    fideicomisos?: Fideicomisos;
  }
  export interface Participacion {
    ninguno?: Ninguno;
    /**
     * Señalar quién tiene participación en la empresa sociedad o asociación.
     */
    participacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Señalar el nombre o razón social completo de la empresa, sociedad o asociación, tal y como aparece en el documento legal en el que participe.
       */
      nombreEmpresaSociedadAsociacion?: string;
      /**
       * Proporcionar los 12 dígitos del registro de la empresa, sociedad o asociación en la cual participa
       */
      rfc?: string;
      /**
       * Indicar el porcentaje de participación en la empresa, sociedad o asociación.
       */
      porcentajeParticipacion?: number;
      tipoParticipacion?: TipoParticipacion;
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      /**
       * Indicar si se encuentra en México, debiendo señalar entidad federativa o en el extranjero, debiendo señalar el país donde se localiza.
       */
      ubicacion?: {
        pais?: Pais;
        entidadFederativa?: EntidadFederativa;
      };
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Seleccionar de la lista desplegable una de las siguientes opciones: socio, accionista, comisario, representante, apoderado, colaborador, beneficiario u otro, especifique.
   */
  export interface TipoParticipacion {
    /**
     * Significado de Claves:
     *   * `SCIO` - SOCIO
     *   * `ACCI` - ACCIONISTA
     *   * `COMI` - COMISARIO
     *   * `REPR` - REPRESENTANTE
     *   * `APOD` - APODERADO
     *   * `COLB` - COLABORADOR
     *   * `BENE` - BENEFICIARIO
     *   * `OTRO` - OTROS (ESPECIFIQUE)
     *
     */
    clave?: 'SCIO' | 'ACCI' | 'COMI' | 'REPR' | 'APOD' | 'COLB' | 'BENE' | 'OTRO';
    valor?: string;
  }
  /**
   * El Declarante deberá señalar si tiene o no participación en empresas, sociedades o asociaciones, tales como socio, accionista, comisario, representante, apoderado, colaborador, beneficiario u otro, especifique. Deberá reportar hasta los últimos dos años.
   */
  export interface ParticipacionTomaDecisiones {
    ninguno?: Ninguno;
    participacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de institución. Señalar del catálogo, alguna de las siguientes: organizaciones de la sociedad civil, organizaciones benéficas, partidos políticos, gremios/sindicatos, otro, especifique.
       */
      tipoInstitucion?: {
        /**
         * Significado de Claves:
         *   * `OSC` - ORGANIZACIONES DE LA SOCIEDAD CIVIL
         *   * `OB` - ORGANIZACIONES BENÉFICAS
         *   * `PP` - PARTIDOS POLÍTICOS
         *   * `GS` - GREMIOS/SINDICATOS
         *   * `OTRO` - OTRO (ESPECIFIQUE)
         *
         */
        clave?: 'OSC' | 'OB' | 'PP' | 'GS' | 'OTRO';
        valor?: string;
      };
      /**
       * Nombre de la institución. Proporcionar la denominación o razón social de la institución, tal y como se encuentra registrada formalmente.
       */
      nombreInstitucion?: string;
      /**
       * RFC. Proporcionar los 12 dígitos del registro de la institución.
       */
      rfc?: string;
      /**
       * Puesto/rol. Indicar el cargo o función que ejerce el Declarante.
       */
      puestoRol?: string;
      /**
       * Fecha de inicio de participación dentro de la institución. Señalar la fecha en que inició funciones en la institución u organización.
       */
      fechaInicioParticipacion?: string;
      /**
       * Recibe remuneración por su participación. Indicar sí o no.
       */
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      ubicacion?: Ubicacion;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface Ubicacion {
    pais?: Pais;
    entidadFederativa?: EntidadFederativa;
  }
  /**
   * Es la contribución monetaria o en especie que otorga un Ente Público al Declarante, cónyuge o Pareja y/o dependiente económico. El apoyo en especie refiere a cualquier contribución, utilizando bienes, servicios o beneficios de naturaleza diferente al dinero. Deberá reportar hasta los últimos dos años.
   */
  export interface Apoyos {
    ninguno?: Ninguno;
    apoyo?: {
      tipoOperacion?: TipoOperacion;
      tipoPersona?: TipoPersona;
      beneficiarioPrograma?: BeneficiariosPrograma;
      /**
       * Nombre del programa. Proporcionar el nombre del programa por el cual recibe el apoyo o beneficio público.
       */
      nombrePrograma?: string;
      /**
       * Institución que otorga el apoyo. Señalar el nombre de la institución que le esté dando el apoyo.
       */
      institucionOtorgante?: string;
      nivelOrdenGobierno?: NivelOrdenGobierno;
      /**
       * Tipo de apoyo. Seleccionar del listado desplegable: subsidio (Ayuda económica que una persona recibe de un organismo oficial para satisfacer una necesidad determinada), servicio (Actividad o asistencia de un Ente Público, en favor del Declarante), Obra (materiales o servicios a favor del Declarante para construcción), otro, especifique.
       */
      tipoApoyo?: {
        /**
         * Significado de Claves:
         * * `SUB` - SUBSIDIO
         * * `SER` - SERVICIO
         * * `OBRA` - OBRA
         * * `OTRO` - OTRO (ESPECIFIQUE)
         *
         */
        clave?: 'SUB' | 'SER' | 'OBRA' | 'OTRO';
        valor?: string;
      };
      formaRecepcion?: FormaRecepcion;
      montoApoyoMensual?: Monto;
      /**
       * Especifique el apoyo. En caso de haber seleccionado en especie deberá describir en qué consiste el apoyo o beneficio.
       */
      especifiqueApoyo?: string;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  export interface BeneficiariosPrograma {
    /**
     * Significado de Claves:
     *   * `DC` - DECLARANTE
     *   * `CY` - CÓNYUGE
     *   * `CON` - CONCUBINA O CONCUBINARIO
     *   * `CONV` - CONVIVIENTE
     *   * `HIJ` - HIJO(A)
     *   * `HER` - HERMANO(A)
     *   * `CU` - CUÑADO(A)
     *   * `MA` - MADRE
     *   * `PA` - PADRE
     *   * `TIO` - TÍO(A)
     *   * `PRI` - PRIMO(A)
     *   * `SOB` - SOBRINO(A)
     *   * `AHI` - AHIJADO(A)
     *   * `NUE` - NUERA
     *   * `YER` - YERNO
     *   * `ABU` - ABUELO(A)
     *   * `NIE` - NIETO(A)
     *   * `OTRO` - OTRO(A)
     *
     */
    clave?:
      | 'DC'
      | 'CY'
      | 'CON'
      | 'CONV'
      | 'HIJ'
      | 'HER'
      | 'CU'
      | 'MA'
      | 'PA'
      | 'TIO'
      | 'PRI'
      | 'SOB'
      | 'AHI'
      | 'NUE'
      | 'YER'
      | 'ABU'
      | 'NIE'
      | 'OTRO';
    valor?: string;
  }
  /**
   * Es cuando el Declarante actúa a nombre de otra persona física o moral (representante) o cuando una persona actúa a nombre del Declarante (representado). Deberá reportar hasta los últimos dos años.
   */
  export interface Representaciones {
    ninguno?: Ninguno;
    representacion?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de representación. Indicar si es representante o representado.
       */
      tipoRepresentacion?: 'REPRESENTANTE' | 'REPRESENTADO';
      /**
       * Fecha de inicio de la representación. Indicar la fecha en que comenzó la representación.
       */
      fechaInicioRepresentacion?: string;
      tipoPersona?: TipoPersona;
      /**
       * Nombre o razón social del representante/representado. Indicar el nombre o razón social completos de su representante o representado.
       */
      nombreRazonSocial?: string;
      /**
       * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del representante/representado.
       */
      rfc?: string;
      /**
       * Recibe remuneración por su representación. Indicar sí o no le pagan por representar a alguien.
       */
      recibeRemuneracion?: boolean;
      montoMensual?: Monto;
      ubicacion?: Ubicacion;
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * En caso de tener alguna empresa, negocio o actividad lucrativa deberá señalar a sus clientes principales, siempre y cuando el beneficio o ganancia directa al Declarante supere mensualmente 250 Unidades de Medida y Actualización (UMA), refiriéndose al valor diario de ésta. Deberá reportar hasta los últimos dos años.
   */
  export interface ClientesPrincipales {
    ninguno?: Ninguno;
    cliente?: {
      tipoOperacion?: TipoOperacion;
      /**
       * Realiza alguna actividad lucrativa independiente al empleo cargo o comisión. Seleccionar sí o no.
       */
      realizaActividadLucrativa?: boolean;
      tipoRelacion?: TipoRelacion;
      empresa?: {
        /**
         * Nombre de la empresa o servicio que proporciona. Señalar nombre o razón social completos de la empresa o en su caso el servicio que proporciona.
         */
        nombreEmpresaServicio?: string;
        /**
         * RFC. Establecer los doce dígitos de la empresa. Proporcionar los dígitos completos del registro federal de contribuyentes.
         */
        rfc?: string;
      };
      clientePrincipal?: {
        tipoPersona?: TipoPersona;
        /**
         * Señale el nombre o razón social del cliente principal. Indicar el nombre o razón social completos del cliente principal.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del cliente principal.
         */
        rfc?: string;
      };
      sector?: Sector;
      montoAproximadoGanancia?: Monto;
      ubicacion?: Ubicacion;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Es la contribución monetaria o en especie que otorga una persona física o moral con recursos privados al Declarante o alguna de las personas señaladas en el catálogo. El apoyo en especie refiere a cualquier contribución, utilizando bienes o beneficios de naturaleza diferente al dinero. Deberá reportar hasta los últimos dos años.
   */
  export interface BeneficiosPrivados {
    ninguno?: Ninguno;
    beneficio?: {
      tipoOperacion?: TipoOperacion;
      tipoPersona?: TipoPersona;
      /**
       * Tipo de Beneficio. Seleccionar del listado el tipo de beneficio sorteo, concurso, donación u otro (especifique).
       */
      tipoBeneficio?: {
        /**
         * Significado de Claves:
         *   * `S` - SORTEO
         *   * `C` - CONCURSO
         *   * `D` - DONACIÓN
         *   * `O` - OTRO (ESPECIFICO)
         *
         */
        clave?: 'S' | 'C' | 'D' | 'O';
        valor?: string;
      };
      beneficiario?: BeneficiariosPrograma[];
      otorgante?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del otorgante. Proporcionar el nombre o razón social completos de quien otorga el beneficio.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del otorgante del beneficio.
         */
        rfc?: string;
      };
      formaRecepcion?: FormaRecepcion;
      /**
       * Especifique el beneficio. En caso de haber seleccionado en especie deberá describir en qué consiste el beneficio.
       */
      especifiqueBeneficio?: string;
      montoMensualAproximado?: Monto;
      sector?: Sector;
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
  /**
   * Este apartado solo lo llenaran las personas servidoras públicas que tengan participación en un fideicomiso, ya sea en el carácter de fideicomitente, fiduciario, fideicomisario o dentro del consejo técnico. Deberá reportar hasta los últimos dos años.
   */
  export interface Fideicomisos {
    ninguno?: Ninguno;
    fideicomiso?: {
      tipoOperacion?: TipoOperacion;
      tipoRelacion?: TipoRelacion;
      /**
       * Tipo de fideicomiso. Seleccionar si es público, privado o mixto.
       */
      tipoFideicomiso?: 'PUBLICO' | 'PRIVADO' | 'MIXTO';
      /**
       * Tipo de participación. Seleccionar su participación como fideicomitente, fiduciario, fideicomisario o dentro del Comité Técnico.
       */
      tipoParticipacion?: 'FIDEICOMITENTE' | 'FIDUCIARIO' | 'FIDEICOMISARIO' | 'COMITE_TECNICO';
      /**
       * RFC del fideicomiso. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomiso.
       */
      rfcFideicomiso?: string;
      fideicomitente?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del fideicomitente. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomitente.
         */
        rfc?: string;
      };
      fiduciario?: {
        /**
         * Nombre o razón social del fiduciario. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fiduciario.
         */
        rfc?: string;
      };
      fideicomisario?: {
        tipoPersona?: TipoPersona;
        /**
         * Nombre o razón social del fideicomisario. Proporcionar nombre completo.
         */
        nombreRazonSocial?: string;
        /**
         * RFC. En caso de personas físicas proporcionar los trece dígitos. En caso de personas morales establecer los doce dígitos del fideicomisario.
         */
        rfc?: string;
      };
      sector?: Sector;
      /**
       * ¿Dónde se localiza el fideicomiso? Seleccionar en México o en el extranjero.
       */
      extranjero?: 'MX' | 'EX';
    }[];
    aclaracionesObservaciones?: AclaracionesObservaciones;
  }
}

/** A whole S1 result item `{id, metadata, declaracion}` of tipo INICIAL. */
export type S1ItemInicial = Inicial.S1Item;
/** The `declaracion` of an S1 result item of tipo INICIAL. */
export type DeclaracionInicial = Inicial.Declaracion;
/** A whole S1 result item `{id, metadata, declaracion}` of tipo MODIFICACIÓN. */
export type S1ItemModificacion = Modificacion.S1Item;
/** The `declaracion` of an S1 result item of tipo MODIFICACIÓN. */
export type DeclaracionModificacion = Modificacion.Declaracion;
/** A whole S1 result item `{id, metadata, declaracion}` of tipo CONCLUSIÓN. */
export type S1ItemConclusion = Conclusion.S1Item;
/** The `declaracion` of an S1 result item of tipo CONCLUSIÓN. */
export type DeclaracionConclusion = Conclusion.Declaracion;
/** Any S1 result item. */
export type S1Item = S1ItemInicial | S1ItemModificacion | S1ItemConclusion;
