import type { Locator, Page } from 'playwright-core';

type Json = Record<string, unknown>;

/**
 * Fills a section of the declaration form in Chromium from S1 JSON, the way a person would: clicks
 * "Agregar …", picks options in selects, ticks boxes, answers Sí/No and chooses México/extranjero.
 * Fields are found by the ids the form gives them (campo-<path with dashes>), so this knows nothing
 * of the schema: a field the form failed to offer makes the fill fail.
 */
const id = (name: string) => `#campo-${name.replace(/\./g, '-') || 'seccion'}`;

// Answers that open or decide other fields go first, as a person would answer them.
const FIRST = ['tipoOperacion', 'ninguno', 'servidorPublicoAnioAnterior', 'cuentaConOtroCargoPublico', 'situacionPersonalEstadoCivil', 'ambitoSector', 'actividadLaboral', 'lugarDondeReside', 'tipoInversion', 'pais', 'entidadFederativa'];

function ordered(value: Json): Array<[string, unknown]> {
  const entries = Object.entries(value);
  const rank = (k: string) => (FIRST.includes(k) ? FIRST.indexOf(k) : 100);
  return entries.sort((a, b) => rank(a[0]) - rank(b[0]));
}

const isClaveValor = (v: unknown): v is { clave: string; valor?: string } => !!v && typeof v === 'object' && !Array.isArray(v) && 'clave' in (v as Json);
const isMoney = (v: unknown): v is { valor: number; moneda?: string } => !!v && typeof v === 'object' && Object.keys(v as Json).every((k) => k === 'valor' || k === 'moneda') && typeof (v as Json).valor === 'number';

/** Amounts the form computes (II, A, C…): checked once every part is typed, never typed themselves. */
let computed: Array<{ name: string; valor: number }> = [];

/**
 * What the fill did as a person would count it: an entry is a value typed or picked in a select,
 * a click is a button pressed or a box/radio ticked. Reported by the reference INICIAL test.
 */
export const effort = { entries: 0, clicks: 0 };

export function resetEffort(): void {
  effort.entries = 0;
  effort.clicks = 0;
}

const countEntry = () => void effort.entries++;
const countClick = () => void effort.clicks++;

export async function fillSection(page: Page, data: Json): Promise<void> {
  computed = [];
  await fillObject(page, '', data);
  // Fails (timeout) unless the read-only total shows the same sum the filing carries.
  for (const { name, valor } of computed) await page.locator(`output${id(name)}[data-valor="${valor}"]`).waitFor({ timeout: 5000 });
}

async function fillObject(page: Page, name: string, value: Json): Promise<void> {
  const objectId = id(name);
  // México / extranjero and inmueble / vehículo choosers.
  for (const [first, second] of [
    ['domicilioMexico', 'domicilioExtranjero'],
    ['inmueble', 'vehiculo'],
  ]) {
    const radio = page.locator(`${objectId}-${first}-opcion-${second! in value ? 1 : 0}`);
    if ((first! in value || second! in value) && (await radio.count()) > 0 && !(await radio.isChecked())) {
      await radio.check();
      countClick();
    }
  }
  for (const [key, child] of ordered(value)) await fillValue(page, name ? `${name}.${key}` : key, key, child);
}

async function fillValue(page: Page, name: string, key: string, value: unknown): Promise<void> {
  const el = page.locator(id(name));
  // The app sets tipoOperacion itself (INICIAL, or a copy of a previous filing): nothing to type.
  if (key === 'tipoOperacion' && (await el.count()) === 0) return;
  if (Array.isArray(value)) {
    if (value.length && value.every(isClaveValor)) {
      // Checkbox list (titular): the first option has the field id, the others id-CLAVE.
      for (const entry of value) {
        const box = page.locator(`${id(name)}-${entry.clave}`);
        const target = (await box.count()) ? box : el;
        if (await target.isChecked()) continue;
        await target.check();
        countClick();
      }
      return;
    }
    const list = page.locator(`[data-field="${name}"]`).first();
    for (let i = 0; i < value.length; i++) {
      await list.locator(':scope > button.add-item').click();
      countClick();
      await fillObject(page, `${name}.${i}`, value[i] as Json);
    }
    return;
  }
  if (isMoney(value)) {
    if ((await el.evaluate((node) => node.tagName)) === 'OUTPUT') {
      computed.push({ name, valor: value.valor });
      return;
    }
    await typeUnlessThere(el, String(value.valor));
    if (value.moneda) await selectWhenOffered(page.locator(`${id(name)}-moneda`), value.moneda);
    return;
  }
  if (isClaveValor(value)) {
    await selectWhenOffered(el, value.clave);
    const specify = page.locator(`${id(name)}-especifique`);
    if ((await specify.count()) > 0 && value.valor) await typeUnlessThere(specify, value.valor);
    return;
  }
  if (value && typeof value === 'object') return fillObject(page, name, value as Json);
  if (typeof value === 'boolean') {
    const type = await el.getAttribute('type');
    const box = type === 'checkbox' ? el : page.locator(value ? id(name) : `${id(name)}-no`);
    // A box already in the wanted state needs no click (a person would leave it).
    if ((await box.isChecked()) === (type === 'checkbox' ? value : true)) return;
    await (type === 'checkbox' ? box.setChecked(value) : box.check());
    countClick();
    return;
  }
  const tag = await el.evaluate((node) => node.tagName);
  if (tag === 'SELECT') await selectWhenOffered(el, String(value));
  else await typeUnlessThere(el, String(value));
  void key;
}

/** A field that already holds the value (prefilled or a default) is left alone and not counted. */
async function typeUnlessThere(input: Locator, value: string): Promise<void> {
  if ((await input.inputValue()) === value) return;
  await input.fill(value);
  countEntry();
}

/** Municipalities and sub-types arrive after their parent is chosen. */
async function selectWhenOffered(select: Locator, value: string): Promise<void> {
  await select.locator(`option[value="${value}"]`).waitFor({ state: 'attached' });
  if ((await select.inputValue()) === value) return;
  await select.selectOption(value);
  countEntry();
}

/** Adds one item at the end of a section-level list («Agregar …») and fills it as a person would. */
export async function addItem(page: Page, listName: string, index: number, data: Json): Promise<void> {
  await page.locator(`[data-field="${listName}"]`).first().locator(':scope > button.add-item').click();
  countClick();
  await fillObject(page, `${listName}.${index}`, data);
}
