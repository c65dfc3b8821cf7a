//! Word lists and sentence templates the generator draws vacancies from. All of it
//! was written for this benchmark (no text from real pages): Dutch public-sector
//! employers with their seat, job roles with their salary scales, policy domains,
//! and sentences with `{slot}`s that `vacancy.rs` fills in.

/// What kind of body an employer is: decides its own careers-site style and its
/// reference-number format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Rijk,
    Gemeente,
    Provincie,
    Politie,
    Waterschap,
}

/// An employer, where it sits and the host of its own careers site.
#[derive(Debug)]
pub struct Employer {
    pub name: &'static str,
    pub kind: Kind,
    pub city: &'static str,
    pub region: &'static str,
    pub host: &'static str,
}

const fn e(
    name: &'static str,
    kind: Kind,
    city: &'static str,
    region: &'static str,
    host: &'static str,
) -> Employer {
    Employer {
        name,
        kind,
        city,
        region,
        host,
    }
}

pub static EMPLOYERS: [Employer; 44] = [
    e(
        "Ministerie van Infrastructuur en Waterstaat",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Ministerie van Financiën",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Ministerie van Justitie en Veiligheid",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Ministerie van Onderwijs, Cultuur en Wetenschap",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Ministerie van Volksgezondheid, Welzijn en Sport",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Ministerie van Economische Zaken",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Rijkswaterstaat",
        Kind::Rijk,
        "Utrecht",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Belastingdienst",
        Kind::Rijk,
        "Apeldoorn",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Dienst Uitvoering Onderwijs",
        Kind::Rijk,
        "Groningen",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Rijksvastgoedbedrijf",
        Kind::Rijk,
        "Den Haag",
        "Nederland",
        "werkenvoornederland.nl",
    ),
    e(
        "Gemeente Utrecht",
        Kind::Gemeente,
        "Utrecht",
        "Utrecht",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Amsterdam",
        Kind::Gemeente,
        "Amsterdam",
        "de Metropoolregio Amsterdam",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Rotterdam",
        Kind::Gemeente,
        "Rotterdam",
        "Rijnmond",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Den Haag",
        Kind::Gemeente,
        "Den Haag",
        "Haaglanden",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Eindhoven",
        Kind::Gemeente,
        "Eindhoven",
        "Brainport",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Zwolle",
        Kind::Gemeente,
        "Zwolle",
        "Regio Zwolle",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Groningen",
        Kind::Gemeente,
        "Groningen",
        "Noord-Nederland",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Arnhem",
        Kind::Gemeente,
        "Arnhem",
        "Arnhem-Nijmegen",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Nijmegen",
        Kind::Gemeente,
        "Nijmegen",
        "Arnhem-Nijmegen",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Haarlem",
        Kind::Gemeente,
        "Haarlem",
        "Zuid-Kennemerland",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Amersfoort",
        Kind::Gemeente,
        "Amersfoort",
        "Regio Amersfoort",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Almere",
        Kind::Gemeente,
        "Almere",
        "Flevoland",
        "werkenbijalmere.nl",
    ),
    e(
        "Gemeente Leiden",
        Kind::Gemeente,
        "Leiden",
        "Holland Rijnland",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Deventer",
        Kind::Gemeente,
        "Deventer",
        "Salland",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Enschede",
        Kind::Gemeente,
        "Enschede",
        "Twente",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Tilburg",
        Kind::Gemeente,
        "Tilburg",
        "Hart van Brabant",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Breda",
        Kind::Gemeente,
        "Breda",
        "West-Brabant",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Dordrecht",
        Kind::Gemeente,
        "Dordrecht",
        "Drechtsteden",
        "werkenbijdegemeente.nl",
    ),
    e(
        "Gemeente Zoetermeer",
        Kind::Gemeente,
        "Zoetermeer",
        "Haaglanden",
        "werkenbijzoetermeer.nl",
    ),
    e(
        "Provincie Gelderland",
        Kind::Provincie,
        "Arnhem",
        "Gelderland",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Provincie Utrecht",
        Kind::Provincie,
        "Utrecht",
        "de provincie Utrecht",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Provincie Noord-Holland",
        Kind::Provincie,
        "Haarlem",
        "Noord-Holland",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Provincie Zuid-Holland",
        Kind::Provincie,
        "Den Haag",
        "Zuid-Holland",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Provincie Noord-Brabant",
        Kind::Provincie,
        "'s-Hertogenbosch",
        "Brabant",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Provincie Overijssel",
        Kind::Provincie,
        "Zwolle",
        "Overijssel",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Provincie Groningen",
        Kind::Provincie,
        "Groningen",
        "Groningen",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Provincie Limburg",
        Kind::Provincie,
        "Maastricht",
        "Limburg",
        "werkenbijdeprovincie.nl",
    ),
    e(
        "Politie Eenheid Oost-Nederland",
        Kind::Politie,
        "Apeldoorn",
        "Oost-Nederland",
        "kombijdepolitie.nl",
    ),
    e(
        "Politie Eenheid Midden-Nederland",
        Kind::Politie,
        "Utrecht",
        "Midden-Nederland",
        "kombijdepolitie.nl",
    ),
    e(
        "Politie Eenheid Rotterdam",
        Kind::Politie,
        "Rotterdam",
        "Rijnmond",
        "kombijdepolitie.nl",
    ),
    e(
        "Waterschap Rivierenland",
        Kind::Waterschap,
        "Tiel",
        "het rivierengebied",
        "werkenbijhetwaterschap.nl",
    ),
    e(
        "Hoogheemraadschap van Rijnland",
        Kind::Waterschap,
        "Leiden",
        "Rijnland",
        "werkenbijhetwaterschap.nl",
    ),
    e(
        "Waterschap Vallei en Veluwe",
        Kind::Waterschap,
        "Apeldoorn",
        "de Veluwe",
        "werkenbijhetwaterschap.nl",
    ),
];

/// A job role and the salary scales it is advertised in.
pub struct Role {
    pub name: &'static str,
    pub scales: (u32, u32),
}

pub static ROLES: [Role; 14] = [
    Role {
        name: "Beleidsadviseur",
        scales: (10, 11),
    },
    Role {
        name: "Senior beleidsadviseur",
        scales: (11, 12),
    },
    Role {
        name: "Beleidsmedewerker",
        scales: (9, 10),
    },
    Role {
        name: "Projectleider",
        scales: (10, 12),
    },
    Role {
        name: "Adviseur",
        scales: (9, 11),
    },
    Role {
        name: "Medewerker",
        scales: (7, 8),
    },
    Role {
        name: "Coördinator",
        scales: (9, 10),
    },
    Role {
        name: "Jurist",
        scales: (10, 11),
    },
    Role {
        name: "Teamleider",
        scales: (11, 13),
    },
    Role {
        name: "Programmamanager",
        scales: (12, 13),
    },
    Role {
        name: "Specialist",
        scales: (10, 11),
    },
    Role {
        name: "Data-analist",
        scales: (9, 11),
    },
    Role {
        name: "Toezichthouder",
        scales: (8, 9),
    },
    Role {
        name: "Accountmanager",
        scales: (9, 10),
    },
];

/// A policy domain: the title's object, a topic phrase, a team and fitting studies.
pub struct Domain {
    pub noun: &'static str,
    pub topic: &'static str,
    pub team: &'static str,
    pub studies: &'static str,
}

const fn d(
    noun: &'static str,
    topic: &'static str,
    team: &'static str,
    studies: &'static str,
) -> Domain {
    Domain {
        noun,
        topic,
        team,
        studies,
    }
}

pub static DOMAINS: [Domain; 18] = [
    d(
        "wonen",
        "de woningbouwopgave en betaalbare huur",
        "team Wonen",
        "planologie, bestuurskunde of vastgoedkunde",
    ),
    d(
        "mobiliteit",
        "bereikbaarheid en verkeersveiligheid",
        "team Mobiliteit",
        "verkeerskunde, civiele techniek of planologie",
    ),
    d(
        "energietransitie",
        "de warmtetransitie en duurzame opwek",
        "team Energie",
        "energietechniek, milieukunde of bestuurskunde",
    ),
    d(
        "sociaal domein",
        "jeugdhulp, de Wmo en de participatiewet",
        "team Maatschappelijke Ontwikkeling",
        "sociologie, bestuurskunde of sociaal werk",
    ),
    d(
        "waterveiligheid",
        "dijkversterking en hoogwaterbescherming",
        "team Waterveiligheid",
        "civiele techniek, waterbeheer of aardwetenschappen",
    ),
    d(
        "informatiebeveiliging",
        "de beveiliging van systemen en gegevens",
        "team Informatievoorziening",
        "informatica, informatiekunde of bedrijfskunde",
    ),
    d(
        "financiën",
        "de begroting, de jaarrekening en de planning-en-controlcyclus",
        "team Financiën",
        "bedrijfseconomie, accountancy of econometrie",
    ),
    d(
        "natuur",
        "natuurherstel, stikstof en het landelijk gebied",
        "team Natuur en Landschap",
        "bos- en natuurbeheer, ecologie of landschapsarchitectuur",
    ),
    d(
        "omgevingsrecht",
        "vergunningen en handhaving onder de Omgevingswet",
        "team Vergunningen",
        "Nederlands recht of bestuursrecht",
    ),
    d(
        "data en informatie",
        "datagedreven werken en goede informatiehuishouding",
        "team Data",
        "statistiek, econometrie of data science",
    ),
    d(
        "openbare ruimte",
        "het beheer van wegen, groen en riolering",
        "team Beheer Openbare Ruimte",
        "civiele techniek of landschapsarchitectuur",
    ),
    d(
        "economie",
        "het vestigingsklimaat, de binnenstad en werkgelegenheid",
        "team Economie",
        "economie, bedrijfskunde of planologie",
    ),
    d(
        "veiligheid",
        "openbare orde, crisisbeheersing en ondermijning",
        "team Openbare Orde en Veiligheid",
        "integrale veiligheidskunde of bestuurskunde",
    ),
    d(
        "klimaatadaptatie",
        "hittestress, wateroverlast en droogte",
        "team Klimaat",
        "milieukunde, waterbeheer of ruimtelijke ordening",
    ),
    d(
        "onderwijs",
        "onderwijshuisvesting en het voorkomen van schooluitval",
        "team Onderwijs",
        "onderwijskunde, pedagogiek of bestuurskunde",
    ),
    d(
        "personeel en organisatie",
        "goed werkgeverschap en strategische personeelsplanning",
        "team HR",
        "personeel en arbeid, bedrijfskunde of psychologie",
    ),
    d(
        "inkoop",
        "aanbestedingen en contractmanagement",
        "team Inkoop",
        "bedrijfskunde, inkoopmanagement of recht",
    ),
    d(
        "communicatie",
        "heldere communicatie met inwoners en bestuur",
        "team Communicatie",
        "communicatiewetenschappen of journalistiek",
    ),
];

/// Extra places in the employer's region, for related-vacancy cards.
pub static PLACES: [&str; 28] = [
    "Utrecht",
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Eindhoven",
    "Zwolle",
    "Groningen",
    "Arnhem",
    "Nijmegen",
    "Haarlem",
    "Amersfoort",
    "Almere",
    "Leiden",
    "Deventer",
    "Enschede",
    "Tilburg",
    "Breda",
    "Dordrecht",
    "Zoetermeer",
    "Apeldoorn",
    "Lelystad",
    "Maastricht",
    "Leeuwarden",
    "Assen",
    "Middelburg",
    "Tiel",
    "Delft",
    "Hilversum",
];

pub static FIRST_NAMES: [&str; 24] = [
    "Sanne", "Joost", "Fatima", "Mark", "Lotte", "Youssef", "Anouk", "Pieter", "Esra", "Bram",
    "Ilse", "Daan", "Noor", "Ruben", "Femke", "Sem", "Marloes", "Kees", "Yara", "Thijs", "Linda",
    "Mehmet", "Eva", "Wouter",
];

pub static LAST_NAMES: [&str; 24] = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "El Amrani",
    "Yilmaz",
    "Koster",
    "Wolters",
    "Verhagen",
];

pub static CONTACT_ROLES: [&str; 6] = [
    "teamleider",
    "teammanager",
    "afdelingshoofd",
    "recruiter",
    "programmamanager",
    "senior adviseur",
];

pub static INTRO: [&str; 12] = [
    "Wil jij werken aan {topic} in {region}? Dan zoeken wij jou.",
    "{city} groeit en verandert. Dat vraagt om slimme keuzes op het gebied van {topic}.",
    "Bij {employer} werken ruim {n} collega's aan een leefbaar en veilig {region}.",
    "Als {title_lc} ben je onderdeel van {team}, een team van {m} collega's met uiteenlopende achtergronden.",
    "De komende jaren staan er grote opgaven op de agenda, van {topic} tot de vraag hoe we de organisatie toekomstbestendig houden.",
    "We zoeken iemand die inhoud en bestuurlijk gevoel combineert en die niet bang is om knopen door te hakken.",
    "Je komt te werken in een omgeving waar veel gebeurt: het bestuur heeft hoge ambities en de samenleving verwacht resultaat.",
    "In deze functie maak je echt verschil voor de inwoners van {region}.",
    "Ons team is klein genoeg om snel te schakelen en groot genoeg om stevige projecten op te pakken.",
    "Samen met partners in {region} werken we aan oplossingen die ook over tien jaar nog overeind staan.",
    "Het werk is afwisselend: de ene dag zit je aan tafel met de directie, de andere dag sta je in de wijk.",
    "Voor deze uitdaging zoeken wij een {title_lc} met lef, geduld en een goed gevoel voor verhoudingen.",
];

pub static TASKS: [&str; 18] = [
    "Je adviseert het bestuur en de directie over {topic}.",
    "Je stelt beleid op voor {topic} en zorgt dat het ook echt wordt uitgevoerd.",
    "Je werkt nauw samen met collega's van {team} en met externe partners in {region}.",
    "Je bereidt bestuurlijke overleggen voor en zorgt voor een goede opvolging van de afspraken.",
    "Je schrijft nota's, voorstellen en adviezen over {topic}.",
    "Je bent aanspreekpunt voor inwoners, bedrijven en maatschappelijke organisaties.",
    "Je houdt zicht op planning, budget en risico's van lopende projecten.",
    "Je vertaalt landelijke regelgeving naar de praktijk van {employer}.",
    "Je analyseert gegevens en trends en maakt daar heldere rapportages van.",
    "Je begeleidt externe bureaus en bewaakt de kwaliteit van hun werk.",
    "Je organiseert bijeenkomsten met bewoners en ondernemers in {city}.",
    "Je levert een bijdrage aan de begroting en de jaarlijkse verantwoording.",
    "Je signaleert knelpunten vroeg en komt met voorstellen om ze op te lossen.",
    "Je onderhoudt een stevig netwerk bij gemeenten, provincie en het Rijk.",
    "Je zorgt dat besluiten zorgvuldig worden voorbereid en goed worden vastgelegd.",
    "Je coacht collega's en deelt je kennis over {topic}.",
    "Je vertegenwoordigt {employer} in regionale en landelijke overleggen.",
    "Je beantwoordt vragen van de gemeenteraad, Provinciale Staten of de Tweede Kamer.",
];

pub static SKILLS: [&str; 14] = [
    "Je schrijft helder en to the point, ook over technische onderwerpen.",
    "Je bent een verbinder die ook stevig durft te staan als belangen uiteenlopen.",
    "Je werkt graag samen en deelt je kennis met collega's.",
    "Kennis van de Omgevingswet en de Algemene wet bestuursrecht is een pré.",
    "Je bent politiek-bestuurlijk sensitief en weet wat er speelt.",
    "Je houdt overzicht, ook als het druk is.",
    "Je bent in het bezit van rijbewijs B.",
    "Je bent analytisch sterk en kunt complexe vraagstukken eenvoudig uitleggen.",
    "Je neemt initiatief en maakt dingen af.",
    "Ervaring met projectmatig werken is een pluspunt.",
    "Je spreekt en schrijft uitstekend Nederlands.",
    "Je bent nieuwsgierig en blijft je ontwikkelen.",
    "Je kunt goed omgaan met weerstand en tegengestelde belangen.",
    "Je hebt affiniteit met de publieke sector.",
];

pub static PERKS: [&str; 9] = [
    "Een Individueel Keuzebudget (IKB) van 17,05% bovenop je salaris.",
    "Een thuiswerkvergoeding en een volledige vergoeding van je reiskosten met het openbaar vervoer.",
    "Ruime opleidingsmogelijkheden en een persoonlijk ontwikkelbudget.",
    "Flexibele werktijden en de mogelijkheid om deels thuis te werken.",
    "Een laptop en een smartphone om je werk goed te kunnen doen.",
    "Een goede pensioenregeling bij het ABP.",
    "Korting op je zorgverzekering en bij sportscholen in de regio.",
    "Een inwerkprogramma waarin je snel je weg vindt in de organisatie.",
    "Een fietsplan en een vergoeding voor een ergonomische werkplek thuis.",
];

pub static ABOUT: [&str; 8] = [
    "{employer} werkt elke dag aan een leefbaar, veilig en bereikbaar {region}.",
    "We doen dat samen met inwoners, ondernemers en maatschappelijke partners.",
    "Diversiteit en inclusie vinden we belangrijk: iedereen is welkom om te solliciteren.",
    "Bij ons krijg je de ruimte om je werk op je eigen manier in te richten.",
    "Onze organisatie telt ruim {n} medewerkers, verdeeld over verschillende locaties.",
    "We geloven dat je het beste werk levert als je je thuis voelt in je team.",
    "Ons kantoor ligt op loopafstand van het station van {city}.",
    "We zijn een open organisatie waar je makkelijk bij elkaar binnenloopt.",
];

/// Filler identifiers and strings for the generated JavaScript.
pub static JS_WORDS: [&str; 40] = [
    "click",
    "visible",
    "dataLayer",
    "gtm.js",
    "consent",
    "analytics",
    "pageview",
    "scroll",
    "resize",
    "observer",
    "render",
    "hydrate",
    "module",
    "exports",
    "require",
    "prototype",
    "default",
    "config",
    "vacancy",
    "filters",
    "location",
    "search",
    "apply",
    "favorite",
    "session",
    "cookie",
    "tracking",
    "event",
    "category",
    "label",
    "timestamp",
    "payload",
    "token",
    "locale",
    "nl-NL",
    "components",
    "router",
    "store",
    "dispatch",
    "mutation",
];

/// Months in Dutch, full and abbreviated.
pub static MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
pub static MONTHS_SHORT: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];
/// Weekdays in Dutch, Monday first.
pub static WEEKDAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Monthly salary range (min, max) of a scale, in euros (made up, plausible).
pub fn scale_salary(scale: u32) -> (u32, u32) {
    match scale {
        0..=6 => (2786, 3642),
        7 => (2996, 4044),
        8 => (3214, 4569),
        9 => (3501, 5047),
        10 => (3806, 5545),
        11 => (4434, 6528),
        12 => (5100, 7370),
        13 => (5717, 8008),
        _ => (6314, 8910),
    }
}
