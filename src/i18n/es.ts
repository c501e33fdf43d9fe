import type { Dictionary } from './index';

/**
 * The Spanish words of the site's vocabulary, ours and by the same rules as the English: neutral, nothing added.
 * The status names are terms of art, defined on the methodology page.
 */
export const es: Dictionary = {
  locale: 'es-MX',
  shortMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  dateUnknown: 'fecha desconocida',
  status: {
    documented: {
      label: 'Documentado',
      mark: 'relleno sólido',
      useWhen:
        'La proposición puede verificarse en un registro público primario (una ley, un tratado, un expediente judicial, un registro o estadística oficial, la especificación de un fabricante o el texto mismo de una declaración), o al menos dos medios independientes con acceso directo la confirman.',
      typicalSources: 'Registros oficiales, textos de tratados, fichas técnicas, conjuntos de datos oficiales, transcripciones.',
    },
    reported: {
      label: 'Reportado',
      mark: 'rayado diagonal',
      useWhen: 'Un medio creíble la publica, atribuyéndola a fuentes (a menudo anónimas), y nada público la confirma ni la refuta.',
      typicalSources: 'Periódicos que citan a funcionarios, informes de investigación.',
    },
    alleged: {
      label: 'Presunto',
      mark: 'contorno discontinuo, sin relleno',
      useWhen: 'Una parte interesada (un gobierno, un medio estatal, una fiscalía, un combatiente, un rival) la afirma sin evidencia pública. Aquí entran las acusaciones formales aún no juzgadas.',
      typicalSources: 'Comunicados de ministerios, artículos de medios estatales, acusaciones formales.',
    },
    disputed: {
      label: 'En disputa',
      mark: 'rayado cruzado',
      useWhen: 'Una parte identificada y con legitimidad la niega, o fuentes creíbles se contradicen, y ningún registro primario lo resuelve.',
      typicalSources: 'Desmentidos, reportes contrapuestos.',
    },
    contradicted: {
      label: 'Contradicho',
      mark: 'contorno tachado',
      useWhen:
        'Un registro primario muestra que la proposición, tal como está formulada, es inexacta; por ejemplo, una cifra que difiere de la especificación del fabricante. La afirmación se conserva, junto con el registro que la contradice.',
      typicalSources: 'Fichas técnicas, datos oficiales.',
    },
  },
  use: {
    trafficking: { name: 'Tráfico', definition: 'Drogas o contrabando transportados por dron a través de una frontera o una línea.' },
    'prison-contraband': { name: 'Contrabando en prisiones', definition: 'Drones que introducen contrabando en prisiones.' },
    surveillance: { name: 'Vigilancia', definition: 'Drones que vigilan a la policía, a rivales, puertos o rutas.' },
    attack: { name: 'Ataques', definition: 'Drones que transportan explosivos o armas, y el entrenamiento para usarlos.' },
    maritime: { name: 'Marítimo', definition: 'Embarcaciones no tripuladas o semisumergibles.' },
    'counter-drone': { name: 'Antidrones', definition: 'Lo que los Estados y otros hacen contra los drones: leyes, detección, inhibición de señal, interceptación.' },
    other: { name: 'Otros', definition: 'Todo lo demás de lo que trata la evidencia: medios, sanciones, reclutamiento, fabricantes.' },
  },
  role: {
    publisher: 'Publicado por',
    intermediary: 'citando a',
    source: 'citando a',
    originator: 'que lo atribuye a',
  },
  reservedCountry: { EU: 'Unión Europea' },
  layout: {
    skipLink: 'Saltar al contenido',
    siteNav: 'Sitio',
    moreNav: 'Más del sitio',
    breadcrumb: 'Ruta de navegación',
    nav: {
      home: 'Inicio',
      articles: 'Artículos',
      claims: 'Afirmaciones',
      countries: 'Países',
      uses: 'Usos',
      explorer: 'Explorador',
      search: 'Buscar',
      sources: 'Fuentes',
      actors: 'Actores',
      glossary: 'Glosario',
      methodology: 'Metodología',
      about: 'Acerca de',
      timeline: 'Cronología',
      charts: 'Gráficos',
      data: 'Datos abiertos',
      corrections: 'Correcciones',
      articleFeed: 'Canal: artículos nuevos',
      correctionFeed: 'Canal: correcciones',
    },
    feeds: { articles: 'Artículos nuevos', corrections: 'Correcciones' },
    footer: {
      statuses: 'Cada enunciado de este sitio lleva un estatus: documentado, reportado, presunto, en disputa o contradicho.',
      howWeAssign: 'Cómo los asignamos',
      licence: 'Textos y datos',
      thirdParty: 'el material de terceros conserva sus propias condiciones.',
    },
  },
  cite: {
    heading: (what: string) => `Citar ${what}`,
    help: 'Las citas indican la versión fechada abajo; añada la fecha en que leyó la página donde su estilo lo pida.',
    helpOriginals: ' Cite también las fuentes originales cuando se apoye en lo que dicen.',
    note: 'Nota (forma breve, con la entrada de la bibliografía):',
    originals: (count: number, style: string) => `Las ${count} fuentes originales, en ${style}`,
    files: 'Para gestores de referencias',
    download: 'Descargar',
    withOriginals: ', cada uno con las fuentes originales',
    filesHelp: 'El archivo BibTeX está escrito para biblatex y biber; para Zotero, EndNote o Mendeley, el archivo RIS conserva cada tipo de documento.',
  },
  claimRef: { claim: 'afirmación' },
  chart: {
    inWords: 'En palabras:',
    rows: (count: number) => `Datos: las ${count} filas representadas`,
    reuse: 'Reutilice este gráfico:',
    page: 'página del gráfico y cita',
    csv: 'CSV de las filas',
  },
};
