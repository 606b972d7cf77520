import { oasDocument } from '../validation';
import { TIPOS, type Tipo } from '../tipos';
import { hiddenKeys, toSectionJson } from './rules';
import { sectionForm, type ObjectNode } from './tree';

const mxn = (valor: number) => ({ valor, moneda: 'MXN' });
const form = (tipo: Tipo, name: string) => sectionForm(oasDocument(tipo), name).root;
const listItem = (root: ObjectNode, key: string) => {
  const list = root.children.find((c) => c.key === key);
  if (list?.kind !== 'list') throw new Error(`${key} no es lista`);
  return list.item;
};

describe('fields shown only when their condition holds (every tipo)', () => {
  it.each(TIPOS)('%s: the monthly amount of a participation, decision-making role or representation only with «Sí, recibe remuneración»', (tipo) => {
    for (const [section, list] of [
      ['participacion', 'participacion'],
      ['participacionTomaDecisiones', 'participacion'],
      ['representacion', 'representacion'],
    ] as const) {
      const item = listItem(form(tipo, section), list);
      expect([section, hiddenKeys(item, { recibeRemuneracion: false }).has('montoMensual')]).toEqual([section, true]);
      expect([section, hiddenKeys(item, {}).has('montoMensual')]).toEqual([section, true]);
      expect([section, hiddenKeys(item, { recibeRemuneracion: true }).has('montoMensual')]).toEqual([section, false]);
      const saved = toSectionJson(form(tipo, section), { ninguno: false, [list]: [{ recibeRemuneracion: false, montoMensual: mxn(500) }] });
      expect(saved).toEqual({ ninguno: false, [list]: [{ recibeRemuneracion: false }] });
    }
  });

  it.each(TIPOS)("%s: the partner's and a dependant's address only when they do not live with the filer", (tipo) => {
    const address = { lugarDondeReside: 'MEXICO', domicilioMexico: { calle: 'Juárez' } };
    expect(toSectionJson(form(tipo, 'datosPareja'), { ninguno: false, habitaDomicilioDeclarante: true, ...address })).toEqual({ ninguno: false, habitaDomicilioDeclarante: true, lugarDondeReside: 'MEXICO' });
    expect(toSectionJson(form(tipo, 'datosPareja'), { ninguno: false, habitaDomicilioDeclarante: false, ...address })).toEqual({ ninguno: false, habitaDomicilioDeclarante: false, ...address });
    const dependiente = listItem(form(tipo, 'datosDependienteEconomico'), 'dependienteEconomico');
    expect([...hiddenKeys(dependiente, { habitaDomicilioDeclarante: true, lugarDondeReside: 'MEXICO' })].filter((k) => k.startsWith('domicilio')).sort()).toEqual(['domicilioExtranjero', 'domicilioMexico']);
    expect(hiddenKeys(dependiente, { habitaDomicilioDeclarante: false, lugarDondeReside: 'MEXICO' }).has('domicilioMexico')).toBe(false);
  });

  it.each(TIPOS)('%s: an investment abroad asks for its country, not a Mexican RFC', (tipo) => {
    const root = form(tipo, 'inversiones');
    const abroad = { pais: 'US', institucionRazonSocial: 'Fidelity', rfc: 'FID123456AB1' };
    expect(toSectionJson(root, { ninguno: false, inversion: [{ localizacionInversion: abroad }] })).toMatchObject({ inversion: [{ localizacionInversion: { pais: 'US', institucionRazonSocial: 'Fidelity' } }] });
    expect((toSectionJson(root, { ninguno: false, inversion: [{ localizacionInversion: abroad }] }) as any).inversion[0].localizacionInversion.rfc).toBeUndefined();
    const here = { pais: 'MX', institucionRazonSocial: 'BBVA México', rfc: 'BBA830831LJ2' };
    expect((toSectionJson(root, { ninguno: false, inversion: [{ localizacionInversion: here }] }) as any).inversion[0].localizacionInversion).toEqual(here);
  });

  it.each(TIPOS)('%s: a principal client is asked only after «Sí» to «¿Realiza alguna actividad lucrativa…?»', (tipo) => {
    const root = form(tipo, 'clientesPrincipales');
    const item = listItem(root, 'cliente');
    const details = ['clientePrincipal', 'empresa', 'montoAproximadoGanancia', 'sector', 'ubicacion'];
    expect([...hiddenKeys(item, { realizaActividadLucrativa: false })].sort()).toEqual(details);
    expect(details.filter((k) => hiddenKeys(item, { realizaActividadLucrativa: true }).has(k))).toEqual([]);
    const filled = {
      tipoRelacion: 'DECLARANTE',
      empresa: { nombreEmpresaServicio: 'Consultoría Norte', rfc: 'CNO120315AB1' },
      clientePrincipal: { tipoPersona: 'MORAL', nombreRazonSocial: 'Constructora del Bajío', rfc: 'CBA0901019Z3' },
      sector: { clave: 'CONS', valor: 'CONSTRUCCIÓN' },
      montoAproximadoGanancia: mxn(90000),
      ubicacion: { pais: 'MX', entidadFederativa: { clave: '11', valor: 'Guanajuato' } },
    };
    // «No» drops what was typed before; «Sí» again shows and keeps it; no answer yet drops nothing.
    expect(toSectionJson(root, { ninguno: false, cliente: [{ realizaActividadLucrativa: false, ...filled }] })).toEqual({ ninguno: false, cliente: [{ realizaActividadLucrativa: false, tipoRelacion: 'DECLARANTE' }] });
    expect(toSectionJson(root, { ninguno: false, cliente: [{ realizaActividadLucrativa: true, ...filled }] })).toEqual({ ninguno: false, cliente: [{ realizaActividadLucrativa: true, ...filled }] });
    expect(toSectionJson(root, { ninguno: false, cliente: [filled] })).toEqual({ ninguno: false, cliente: [filled] });
  });

  it.each(TIPOS)('%s: a tercero (copropietario or codeudor) is asked only when the titular includes «copropiedad con terceros»', (tipo) => {
    const dec = { clave: 'DEC', valor: 'DECLARANTE' };
    const cter = { clave: 'CTER', valor: 'COPROPIEDAD CON TERCEROS' };
    const tercero = [{ tipoPersona: 'FISICA', nombreRazonSocial: 'Ana López Ruiz', rfc: 'LORA800101AB1' }];
    for (const [section, list] of [
      ['bienesInmuebles', 'bienInmueble'],
      ['vehiculos', 'vehiculo'],
      ['bienesMuebles', 'bienMueble'],
      ['inversiones', 'inversion'],
      ['adeudos', 'adeudo'],
    ] as const) {
      const root = form(tipo, section);
      const item = listItem(root, list);
      expect([section, hiddenKeys(item, { titular: [dec] }).has('tercero')]).toEqual([section, true]);
      expect([section, hiddenKeys(item, { titular: [dec, cter] }).has('tercero')]).toEqual([section, false]);
      // No titular chosen yet hides nothing (and drops nothing from a copied item).
      expect([section, hiddenKeys(item, {}).has('tercero')]).toEqual([section, false]);
      expect(toSectionJson(root, { ninguno: false, [list]: [{ titular: [dec], tercero }] })).toEqual({ ninguno: false, [list]: [{ titular: [dec] }] });
      expect(toSectionJson(root, { ninguno: false, [list]: [{ titular: [dec, cter], tercero }] })).toEqual({ ninguno: false, [list]: [{ titular: [dec, cter], tercero }] });
    }
  });
});

