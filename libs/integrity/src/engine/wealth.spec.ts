import { personA, personB } from '../testing/examples';
import { adeudo, filing, inmueble, inversion, money, vehiculo } from '../testing/fixtures';
import { NO_RATES, rateTable } from './money';
import { wealthOf, wealthPoint } from './wealth';

describe('wealthOf', () => {
  it("reproduces the examples' table of person A's net worth, in the declarant's share", () => {
    // s1/examples/README.md, «Wealth between the filings»: 4,243,200 → 4,634,000 → 4,914,300.
    const inicial = wealthOf(personA.inicial(), NO_RATES);
    expect(inicial.sections.bienesInmuebles.mxn).toBe(4_605_000);
    expect(inicial.sections.vehiculos.mxn).toBe(365_000);
    expect(inicial.sections.bienesMuebles.mxn).toBe(262_500);
    expect(inicial.sections.inversiones.mxn).toBe(752_700);
    expect(inicial.adeudos).toBe(1_742_000);
    expect(inicial.patrimonioNeto).toBe(4_243_200);
    // The spouse's condo in Texas is in USD with no rate loaded, but it is not the declarant's: nothing is missing.
    expect(inicial.missing).toEqual([]);

    const modificacion = wealthOf(personA.modificacion(), NO_RATES);
    // The CX-5 (BAJA, sold) is no longer held; the Mazda 3 (AGREGAR) is.
    expect(modificacion.sections.vehiculos.mxn).toBe(469_000);
    expect(modificacion.sections.inversiones.mxn).toBe(888_500);
    expect(modificacion.patrimonioNeto).toBe(4_634_000);

    const conclusion = wealthOf(personA.conclusion(), NO_RATES);
    // The Tapalpa land (BAJA, VNT) leaves; the balances are read from saldoFechaConclusion.
    expect(conclusion.sections.bienesInmuebles.mxn).toBe(4_285_000);
    expect(conclusion.sections.inversiones.mxn).toBe(1_385_800);
    expect(conclusion.patrimonioNeto).toBe(4_914_300);
  });

  it("reads each tipo's own income field and the window it covers", () => {
    const inicial = wealthOf(personA.inicial(), NO_RATES).income;
    expect(inicial).toMatchObject({ field: 'ingresoMensualNetoDeclarante', declared: 104_550, monthly: 104_550, annual: 1_254_600 });
    const modificacion = wealthOf(personA.modificacion(), NO_RATES).income;
    // Took office on 16 January: the year counts as a full one, and the annual figure is the declared one.
    expect(modificacion).toMatchObject({ field: 'ingresoAnualNetoDeclarante', from: '2023-01-01', annual: 1_613_200 });
    const conclusion = wealthOf(personA.conclusion(), NO_RATES).income;
    expect(conclusion).toMatchObject({ field: 'ingresoConclusionNetoDeclarante', from: '2024-01-01', to: '2024-10-15' });
    expect(conclusion?.months).toBeCloseTo(9.5, 1);
    // Person B started on 1 June: her first MODIFICACIÓN's 119,550 covers seven months.
    const b = wealthOf(personB.modificacion(), NO_RATES).income;
    expect(b?.from).toBe('2023-06-01');
    expect(b?.months).toBeCloseTo(7, 0);
    expect(b?.annual).toBeGreaterThan(200_000);
  });

  it('annualises the few days of a MODIFICACIÓN that began in late December', () => {
    const late = filing({ ingreso: 8_160, fecha: '2022-12-31', situacion: { datosEmpleoCargoComision: { fechaTomaPosesion: '2022-12-27' } } });
    const income = wealthOf(late, NO_RATES).income;
    expect(income?.from).toBe('2022-12-27');
    // Five days of 8,160 is about 49,700 a month, not 8,160.
    expect(income?.monthly).toBeGreaterThan(49_000);
    expect(income?.monthly).toBeLessThan(50_500);
  });

  it('marks the sections a simplified filing does not carry as absent', () => {
    const b = wealthOf(personB.modificacion(), NO_RATES);
    expect(b.sections.bienesInmuebles.present).toBe(false);
    expect(b.sections.inversiones.present).toBe(false);
    expect(b.patrimonioNeto).toBe(0);
  });

  it('converts a foreign amount at its acquisition year, and a balance at the filing year', () => {
    const current = filing({
      tipo: 'MODIFICACIÓN',
      inmuebles: [inmueble({ valorAdquisicion: money(100_000, 'USD'), fechaAdquisicion: '2020-08-14' })],
      inversiones: [inversion('MODIFICACIÓN', 10_000, { subTipoInversion: { clave: 'CAHO', valor: 'CUENTA DE AHORRO' } })],
      adeudos: [adeudo('MODIFICACIÓN', 5_000, { [`saldoInsolutoDiciembreAnterior`]: money(5_000, 'USD') })],
    });
    const rates = rateTable([
      { currency: 'USD', year: 2020, mxnPerUnit: 21.49 },
      { currency: 'USD', year: 2023, mxnPerUnit: 17.76 },
    ]);
    const summary = wealthOf(current, rates);
    expect(summary.sections.bienesInmuebles.mxn).toBeCloseTo(2_149_000);
    expect(summary.adeudos).toBeCloseTo(88_800);
    expect(summary.missing).toEqual([]);
  });

  it('leaves out an amount whose rate is missing and names the currency and year', () => {
    const current = filing({
      inmuebles: [inmueble(), inmueble({ valorAdquisicion: money(100_000, 'USD'), fechaAdquisicion: '2021-03-01', datoIdentificacion: 'Deed 1' })],
      vehiculos: [vehiculo({ valorAdquisicion: money(40_000, 'EUR') })],
    });
    const summary = wealthOf(current, rateTable([{ currency: 'USD', year: 2020, mxnPerUnit: 21.49 }]));
    expect(summary.sections.bienesInmuebles.mxn).toBe(2_380_000);
    expect(summary.missing).toEqual(['EUR 2020', 'USD 2021']);
    expect(summary.sections.bienesInmuebles.missingItems).toEqual([{ index: 1, field: 'valorAdquisicion' }]);

    const point = wealthPoint(current, NO_RATES, { flags: [], score: 0 });
    expect(point).toMatchObject({ activos: 2_380_000, adeudos: 0, ingresoAnual: 1_200_000, patrimonioNeto: 2_380_000 });
    expect(point.tiposDeCambioFaltantes).toEqual(['EUR 2020', 'USD 2021']);
  });

  it('counts a co-owned property at the porcentajePropiedad and a shared account at an equal split', () => {
    const shared = [
      { clave: 'DEC', valor: 'DECLARANTE' },
      { clave: 'CYG', valor: 'CÓNYUGE' },
    ];
    const summary = wealthOf(
      filing({
        inmuebles: [inmueble({ titular: shared, porcentajePropiedad: 30 })],
        inversiones: [inversion('MODIFICACIÓN', 100_000, { titular: shared })],
        vehiculos: [vehiculo({ titular: [{ clave: 'CYG', valor: 'CÓNYUGE' }] })],
      }),
      NO_RATES,
    );
    expect(summary.sections.bienesInmuebles.mxn).toBe(714_000);
    expect(summary.sections.inversiones.mxn).toBe(50_000);
    expect(summary.sections.vehiculos.mxn).toBe(0);
  });

  describe('household (declarante, pareja y dependientes económicos)', () => {
    it("adds the spouse's goods and the couple's total income C to person A's figures, leaving the declarant's as they were", () => {
      // s1/examples/README.md: «Total income including the spouse» 136,550 / month, 2,015,200, 1,917,175.
      const inicial = wealthOf(personA.inicial(), NO_RATES);
      expect(inicial.patrimonioNeto).toBe(4_243_200);
      expect(inicial.household.income).toMatchObject({ field: 'totalIngresosMensualesNetos', declared: 136_550, monthly: 136_550 });
      expect(wealthOf(personA.modificacion(), NO_RATES).household.income).toMatchObject({ field: 'totalIngresosAnualesNetos', annual: 2_015_200 });
      const conclusion = wealthOf(personA.conclusion(), NO_RATES).household.income;
      expect(conclusion).toMatchObject({ field: 'totalIngresosConclusionNetos', declared: 1_917_175, from: '2024-01-01', to: '2024-10-15' });
      // The spouse's Texas condo (USD 2020, no rate loaded) is the household's: left out, with its amount kept apart.
      expect(inicial.household.sections.bienesInmuebles.missing).toEqual(['USD 2020']);
      expect(inicial.household.sections.bienesInmuebles.unconverted).toEqual({ 'USD 2020': 185_000 });
      expect(inicial.household.patrimonioNeto).toBeGreaterThan(inicial.patrimonioNeto);
      expect(inicial.missing).toEqual([]);
    });

    it('counts goods of the pareja and dependientes whole, and only the household part of a co-ownership with third parties', () => {
      const t = (...claves: string[]) => claves.map((c) => ({ clave: c, valor: c }));
      const summary = wealthOf(
        filing({
          inmuebles: [
            inmueble({ titular: t('CYG'), porcentajePropiedad: 0, valorAdquisicion: money(1_000_000) }),
            // porcentajePropiedad is the declarant's (DOF): 30 %, plus half the other 70 % for the spouse.
            inmueble({ titular: t('DEC', 'CYG', 'CTER'), porcentajePropiedad: 30, valorAdquisicion: money(1_000_000), datoIdentificacion: 'D2' }),
            inmueble({ titular: t('DEC', 'CTER'), porcentajePropiedad: 20, valorAdquisicion: money(1_000_000), datoIdentificacion: 'D3' }),
          ],
          vehiculos: [vehiculo({ titular: t('CBN', 'CTER'), valorAdquisicion: money(400_000) })],
          inversiones: [inversion('MODIFICACIÓN', 100_000, { titular: t('DEN') }), inversion('MODIFICACIÓN', 60_000, { titular: t('CVV', 'DEC') })],
          adeudos: [adeudo('MODIFICACIÓN', 50_000, { titular: t('CYG') })],
        }),
        NO_RATES,
      );
      expect(summary.household.sections.bienesInmuebles.mxn).toBeCloseTo(1_000_000 + 650_000 + 200_000);
      expect(summary.household.sections.vehiculos.mxn).toBe(200_000);
      expect(summary.household.sections.inversiones.mxn).toBe(160_000);
      expect(summary.household.adeudos).toBe(50_000);
      // The declarant's own share: 30 % and 20 % of the co-owned houses, half the shared account.
      expect(summary.sections.bienesInmuebles.mxn).toBeCloseTo(500_000);
      expect(summary.sections.inversiones.mxn).toBe(30_000);
      expect(summary.adeudos).toBe(0);
    });

    it("reads the household's income with the declarant's window (a first year that began in June)", () => {
      const june = filing({
        fecha: '2022-12-31',
        ingreso: 700_000,
        ingresosExtra: { ingresoAnualNetoParejaDependiente: money(350_000), totalIngresosAnualesNetos: money(1_050_000) },
        situacion: { datosEmpleoCargoComision: { fechaTomaPosesion: '2022-06-01' } },
      });
      const { income, household } = wealthOf(june, NO_RATES);
      expect(income?.from).toBe('2022-06-01');
      expect(household.income).toMatchObject({ declared: 1_050_000, from: '2022-06-01', months: income?.months });
      expect(household.income?.monthly).toBeCloseTo(150_000);
    });
  });
});
