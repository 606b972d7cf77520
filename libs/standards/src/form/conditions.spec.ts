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
});
