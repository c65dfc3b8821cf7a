//! Renders a `Vacancy` as the HTML page one site would serve, in one of seven site
//! styles modelled on the project's own samples (samples/pages): a Rijksoverheid
//! board with icon fact lists, a WordPress gemeente site with `<dl>`, a table CMS, a
//! Drupal provincie site with `<strong>Label:</strong><br>value`, a politie site with
//! `<li><span>Label</span>`, a national job board with JSON-LD, and a regional board
//! whose facts are only in the prose. Around the vacancy it puts what makes real pages
//! 30-150 KB: big `<script>` blocks (tag manager, analytics, inline JSON state,
//! minified bundles), `<style>` blocks, meta tags, menus, cookie banners, footers and
//! blocks of *other* vacancies with their own salaries and hours.

use std::fmt::Write as _;

use crate::rng::Rng;
use crate::vacancy::{Contract, Day, Teaser, Vacancy};
use crate::words::{self, Kind};

macro_rules! put {
    ($out:expr, $($arg:tt)*) => {{
        let _ = write!($out, $($arg)*);
    }};
}

/// A site style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Rijksoverheid board: icon fact list, `Kenmerk: …, Plaatsingsdatum: …`.
    Rijk,
    /// Gemeente on WordPress: a `<dl>` of facts.
    GemeenteDl,
    /// Gemeente or waterschap on a table CMS: `<th>`/`<td>`.
    Table,
    /// Provincie on Drupal: `<strong>Label:</strong><br>value`.
    Drupal,
    /// Politie: `<li><span>Label</span> value</li>`.
    Politie,
    /// National job board with schema.org JobPosting JSON-LD.
    Board,
    /// Regional board: the facts only in the prose.
    Prose,
}

impl Style {
    pub const ALL: [Style; 7] = [
        Style::Rijk,
        Style::GemeenteDl,
        Style::Table,
        Style::Drupal,
        Style::Politie,
        Style::Board,
        Style::Prose,
    ];

    /// Prefix of doc_ids of this style.
    pub fn code(self) -> &'static str {
        match self {
            Style::Rijk => "wvn",
            Style::GemeenteDl => "gem",
            Style::Table => "tbl",
            Style::Drupal => "prv",
            Style::Politie => "pol",
            Style::Board => "pbn",
            Style::Prose => "reg",
        }
    }

    /// The style of the employer's own careers site.
    pub fn own_site(v: &Vacancy) -> Style {
        match v.employer.kind {
            Kind::Rijk => Style::Rijk,
            Kind::Gemeente if v.group.is_multiple_of(2) => Style::GemeenteDl,
            Kind::Gemeente | Kind::Waterschap => Style::Table,
            Kind::Provincie => Style::Drupal,
            Kind::Politie => Style::Politie,
        }
    }
}

/// How one page of a vacancy is rendered.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub style: Style,
    pub show_reference: bool,
    /// Add a JobPosting JSON-LD block (always on the Board style).
    pub json_ld: bool,
    /// The day the page was fetched (for "Nog N dagen" countdowns).
    pub fetched: Day,
    /// Size the page is padded to with head scripts and styles.
    pub target_bytes: usize,
}

/// The page's URL on its site.
pub fn url(v: &Vacancy, style: Style) -> String {
    match style {
        Style::Rijk => format!(
            "https://www.werkenvoornederland.nl/vacatures/{}-{}",
            v.slug, v.reference
        ),
        Style::GemeenteDl | Style::Table => format!(
            "https://www.{}/vacatures/{}-{}",
            v.employer.host, v.slug, v.group
        ),
        Style::Drupal => format!(
            "https://www.werkenbijdeprovincie.nl/vacatures/{}-{}",
            v.slug, v.group
        ),
        Style::Politie => format!(
            "https://www.kombijdepolitie.nl/vacatures/{}-{}",
            v.reference, v.slug
        ),
        Style::Board => format!(
            "https://www.publiekbanen.nl/vacature/{}/{}",
            700_000 + v.group,
            v.slug
        ),
        Style::Prose => format!(
            "https://www.werkeninderegio.nl/vacature/{}-{}",
            v.slug, v.group
        ),
    }
}

fn site_name(style: Style, v: &Vacancy) -> &'static str {
    match style {
        Style::Rijk => "Werken voor Nederland",
        Style::GemeenteDl | Style::Table if v.employer.kind == Kind::Waterschap => {
            "Werken bij het waterschap"
        }
        Style::GemeenteDl | Style::Table => "Werken bij de gemeente",
        Style::Drupal => "Werken bij de provincie",
        Style::Politie => "Kom bij de politie",
        Style::Board => "Publiekbanen.nl",
        Style::Prose => "Werken in de regio",
    }
}

/// Escapes text for HTML.
fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['&', '<', '>', '"']) {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .into()
    } else {
        s.into()
    }
}

/// Renders one page.
pub fn render(v: &Vacancy, opts: &RenderOptions, r: &mut Rng) -> String {
    let style = opts.style;
    let page_url = url(v, style);
    let site = site_name(style, v);
    let mut body = String::with_capacity(24 * 1024);
    body_chrome_top(&mut body, style, site, r);
    main_content(&mut body, v, opts, r);
    related(&mut body, style, v, r);
    footer(&mut body, style, site, r);

    let mut head = String::with_capacity(opts.target_bytes);
    head.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
    head.push_str("<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    put!(head, "<title>{} | {}</title>\n", esc(&v.title), site);
    let description = format!(
        "Vacature {} bij {} in {}. {} per week, schaal {}.",
        v.title,
        v.employer.name,
        v.city,
        v.hours(),
        v.scale
    );
    put!(
        head,
        "<meta name=\"description\" content=\"{0}\">\n<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:title\" content=\"{1}\">\n<meta property=\"og:description\" content=\"{0}\">\n<meta property=\"og:url\" content=\"{2}\">\n<meta property=\"og:site_name\" content=\"{3}\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"robots\" content=\"index, follow\">\n<link rel=\"canonical\" href=\"{2}\">\n<link rel=\"stylesheet\" href=\"/static/css/main.{4:06x}.css\">\n<link rel=\"icon\" href=\"/favicon.ico\">\n",
        esc(&description),
        esc(&v.title),
        page_url,
        site,
        r.next_u64() & 0xff_ffff
    );
    if opts.json_ld || style == Style::Board {
        json_ld(&mut head, v, opts.show_reference);
    }
    let fixed = head.len() + body.len() + 64;
    let budget = opts.target_bytes.saturating_sub(fixed);
    // Split the padding the way real pages carry it: styles, the tag manager and
    // analytics snippets, an inline JSON state, and a few minified bundles.
    let css = budget / 5;
    let state = budget * 3 / 10;
    style_block(&mut head, r, css);
    tag_manager(&mut head, r);
    state_script(&mut head, v, &page_url, r, state);
    let mut left = opts
        .target_bytes
        .saturating_sub(head.len() + body.len() + 64);
    let bundles = r.range(2, 4) as usize;
    let mut tail = String::new();
    for i in 0..bundles {
        let size = left / (bundles - i);
        let before = head.len() + tail.len();
        // Some bundles sit at the end of the body, as deferred scripts do.
        if !i.is_multiple_of(2) {
            js_block(&mut tail, r, size);
        } else {
            js_block(&mut head, r, size);
        }
        left = left.saturating_sub(head.len() + tail.len() - before);
    }
    head.push_str("</head>\n");
    head.push_str(&body);
    head.push_str(&tail);
    head.push_str("</body>\n</html>\n");
    head
}

fn json_ld(out: &mut String, v: &Vacancy, show_reference: bool) {
    let mut description = String::new();
    for p in &v.intro {
        put!(description, "<p>{p}</p>");
    }
    if let Some(s) = v.sections.first() {
        put!(description, "<h2>{}</h2><ul>", s.heading);
        for i in &s.items {
            put!(description, "<li>{i}</li>");
        }
        description.push_str("</ul>");
    }
    let mut posting = serde_json::json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": v.title,
        "description": description,
        "datePosted": format!("{}T09:30:00+01:00", v.posted.iso()),
        "validThrough": format!("{}T23:59:00+01:00", v.closing.iso()),
        "employmentType": v.employment_type(),
        "hiringOrganization": {"@type": "Organization", "name": v.employer.name},
        "jobLocation": {"@type": "Place", "address": {
            "@type": "PostalAddress", "addressLocality": v.city, "addressCountry": "NL"}},
        "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": {
            "@type": "QuantitativeValue", "minValue": v.salary_min, "maxValue": v.salary_max,
            "unitText": "MONTH"}},
        "workHours": format!("{} per week", v.hours()),
    });
    if show_reference {
        posting["identifier"] = serde_json::json!({
            "@type": "PropertyValue", "name": v.employer.name, "value": v.reference});
    }
    put!(
        out,
        "<script type=\"application/ld+json\">\n{}\n</script>\n",
        serde_json::to_string_pretty(&posting).unwrap_or_default()
    );
}

fn ident(r: &mut Rng) -> String {
    const A: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
    let mut s = String::new();
    for _ in 0..r.range(1, 2) {
        s.push(A[r.below(A.len())] as char);
    }
    s
}

/// Minified-looking JavaScript of about `size` bytes.
fn js_code(out: &mut String, r: &mut Rng, size: usize) {
    let end = out.len() + size;
    while out.len() < end {
        let w = *r.pick(&words::JS_WORDS);
        let w2 = *r.pick(&words::JS_WORDS);
        let (a, b, c, dd) = (ident(r), ident(r), ident(r), ident(r));
        let n = r.range(0, 9999);
        match r.below(6) {
            0 => put!(out, "function {a}({b},{c}){{var {dd}={b}.{w}||{{}};if({dd}.{w2}){{return {c}({dd},\"{w}\")}}for(var i=0;i<{b}.length;i++){{{dd}[i]={c}.call(this,{b}[i],{n})}}return {dd}}}"),
            1 => put!(out, "{a}.prototype.{w}=function({b}){{return this._{w2}=({b}||{n})*{},this}};", r.range(2, 64)),
            2 => put!(out, "var {a}=\"{w}-{:08x}\",{b}=[{n},{},{}],{c}={{\"{w}\":{n},\"{w2}\":\"{w}\"}};", r.next_u64() as u32, r.range(0, 999), r.range(0, 99)),
            3 => put!(out, "window.dataLayer&&window.dataLayer.push({{\"event\":\"{w}\",\"{w2}\":\"{:012x}\"}});", r.next_u64() & 0xffff_ffff_ffff),
            4 => put!(out, "if(document.querySelector(\".{w}-{n}\")){{document.querySelector(\".{w}-{n}\").addEventListener(\"{w2}\",function({a}){{{a}.preventDefault();{b}({a}.target,{c})}})}}"),
            _ => put!(out, "!function({a},{b}){{\"object\"==typeof exports?module.exports={b}():{a}.{w}={b}()}}(this,function(){{return{{{w2}:{n},{w}:\"{:x}\"}}}});\n", r.next_u64() as u32),
        }
    }
}

fn js_block(out: &mut String, r: &mut Rng, size: usize) {
    if size < 200 {
        return;
    }
    out.push_str("<script>\n");
    js_code(out, r, size - 20);
    out.push_str("\n</script>\n");
}

fn tag_manager(out: &mut String, r: &mut Rng) {
    let id = format!("GTM-{:07X}", r.next_u64() & 0xfff_ffff);
    put!(out, "<!-- Google Tag Manager -->\n<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':\nnew Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],\nj=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=\n'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);\n}})(window,document,'script','dataLayer','{id}');</script>\n<!-- End Google Tag Manager -->\n");
    put!(out, "<script>\n(function() {{\n  var sz = document.createElement('script'); sz.type = 'text/javascript'; sz.async = true;\n  sz.src = '//siteimproveanalytics.com/js/siteanalyze_{}.js';\n  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(sz, s);\n}})();\n</script>\n", r.range(1_000_000, 9_999_999));
}

/// An inline application state, as Nuxt/Next pages carry it: the vacancy's own
/// intro plus many other vacancies with salaries and hours, and a translation table.
fn state_script(out: &mut String, v: &Vacancy, page_url: &str, r: &mut Rng, size: usize) {
    if size < 500 {
        return;
    }
    let start = out.len();
    let end = start + size;
    put!(
        out,
        "<script>window.__INITIAL_STATE__={{\"route\":{{\"path\":\"{page_url}\",\"locale\":\"nl\"}},\"vacancy\":{{\"id\":{},\"title\":\"{}\",\"intro\":\"{}\",\"salaryMin\":{},\"salaryMax\":{},\"hours\":\"{}\"}},\"related\":[",
        v.group,
        v.title,
        v.intro.join(" ").replace('"', "'"),
        v.salary_min,
        v.salary_max,
        v.hours()
    );
    let mut first = true;
    while out.len() + 200 < start + size * 2 / 3 {
        let t = Teaser::generate(r, v.posted);
        if !first {
            out.push(',');
        }
        first = false;
        put!(
            out,
            "{{\"id\":{},\"title\":\"{}\",\"organisation\":\"{}\",\"place\":\"{}\",\"hours\":\"{}\",\"scale\":{},\"salary\":\"{}\",\"closes\":\"{}\",\"url\":\"/vacatures/{}-{}\"}}",
            t.id, t.title, t.employer, t.city, t.hours, t.scale, t.salary, t.closing.iso(), t.slug, t.id
        );
    }
    out.push_str("],\"i18n\":{");
    let mut first = true;
    while out.len() + 100 < end {
        if !first {
            out.push(',');
        }
        first = false;
        put!(
            out,
            "\"{}.{}.{}\":\"{} {} {}\"",
            r.pick(&words::JS_WORDS),
            r.pick(&words::JS_WORDS),
            r.range(0, 999),
            r.pick(&words::MONTHS),
            r.pick(&words::PLACES),
            r.pick(&words::CONTACT_ROLES)
        );
    }
    out.push_str("}};</script>\n");
}

fn style_block(out: &mut String, r: &mut Rng, size: usize) {
    if size < 200 {
        return;
    }
    const PROPS: [(&str, &str); 8] = [
        ("max", "max-width"),
        ("min", "min-height"),
        ("gap", "gap"),
        ("mar", "margin"),
        ("pad", "padding"),
        ("bor", "border-radius"),
        ("lin", "line-height"),
        ("fon", "font-size"),
    ];
    const UNITS: [&str; 4] = ["px", "rem", "em", "%"];
    let prefix = ident(r).to_lowercase();
    out.push_str("<style>\n.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}\n");
    let end = out.len() + size;
    let mut i: u32 = 0;
    while out.len() < end {
        let (short, prop) = *r.pick(&PROPS);
        put!(
            out,
            ".{prefix}-{short}-{i}{{{prop}:{}.{}{}}}",
            r.range(0, 12),
            r.range(0, 3) * 25,
            r.pick(&UNITS)
        );
        i += 1;
        if i.is_multiple_of(6) {
            out.push('\n');
        }
    }
    out.push_str("\n</style>\n");
}

const MENU: [&str; 24] = [
    "Vacatures",
    "Werken bij ons",
    "Organisatie",
    "Starters en traineeships",
    "Stages",
    "Arbeidsvoorwaarden",
    "Sollicitatieprocedure",
    "Veelgestelde vragen",
    "Contact",
    "Mijn account",
    "Vacaturemail",
    "Evenementen",
    "Verhalen van collega's",
    "Diversiteit en inclusie",
    "Thuiswerken",
    "Opleiden en ontwikkelen",
    "Zij-instromers",
    "Interim en inhuur",
    "Over deze site",
    "Nieuws",
    "Locaties",
    "Onze teams",
    "Open dagen",
    "Doorgroeien",
];

fn cookie_banner(out: &mut String, style: Style, site: &str) {
    let (open, close) = match style {
        Style::Rijk => ("<div id=\"cookie-notice\" class=\"cookie-notice\" role=\"dialog\" aria-live=\"polite\" aria-label=\"Cookiemelding\">", "</div>"),
        Style::GemeenteDl => ("<div id=\"cky-consent\" class=\"cky-consent-container\" role=\"region\" aria-label=\"Cookievoorkeuren\">", "</div>"),
        Style::Table => ("<div class=\"cookiebar\" id=\"cookiebar\" data-nosnippet>", "</div>"),
        Style::Drupal => ("<div class=\"eu-cookie-compliance-banner eu-cookie-compliance-banner-info\" role=\"dialog\">", "</div>"),
        Style::Politie => ("<section class=\"cookie-consent-banner\" id=\"cookie-consent\" aria-label=\"Cookietoestemming\">", "</section>"),
        Style::Board => ("<div id=\"pb-consent\" class=\"consent-banner\">", "</div>"),
        Style::Prose => ("<div class=\"gdpr-popup\" id=\"gdpr\">", "</div>"),
    };
    put!(out, "{open}\n  <p>{site} gebruikt functionele en analytische cookies om de website goed te laten werken en te verbeteren. Met uw toestemming plaatsen we ook cookies om vacatures beter op uw interesses af te stemmen. <a href=\"/cookies\">Lees meer over cookies</a>.</p>\n  <button type=\"button\">Accepteren</button><button type=\"button\">Alleen noodzakelijke cookies</button>\n{close}\n");
}

fn body_chrome_top(out: &mut String, style: Style, site: &str, r: &mut Rng) {
    put!(
        out,
        "<body class=\"page-vacancy-detail {}\">\n<!-- Google Tag Manager (noscript) -->\n<noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-{:07X}\"\nheight=\"0\" width=\"0\" style=\"display:none;visibility:hidden\"></iframe></noscript>\n",
        style.code(),
        r.next_u64() & 0xfff_ffff
    );
    cookie_banner(out, style, site);
    out.push_str("<a class=\"skiplink\" href=\"#main\">Ga direct naar inhoud</a>\n<header class=\"site-header\">\n  <div class=\"site-header__logo\"><a href=\"/\"><img src=\"/static/img/logo.svg\" alt=\"Logo, naar de homepage\"></a></div>\n  <nav class=\"site-nav\" aria-label=\"Hoofdmenu\">\n    <ul class=\"menu\">\n");
    // A mega menu: top items, some with a submenu.
    for i in r.sample_some(MENU.len(), 6, 12) {
        put!(
            out,
            "      <li class=\"menu-item\"><a href=\"/{}\">{}</a>",
            MENU[i].to_lowercase().replace(' ', "-"),
            MENU[i]
        );
        if r.chance(0.4) {
            out.push_str("<ul class=\"sub-menu\">");
            for j in r.sample_some(MENU.len(), 3, 8) {
                put!(
                    out,
                    "<li><a href=\"/{}/{}\">{}</a></li>",
                    MENU[i].to_lowercase().replace(' ', "-"),
                    MENU[j].to_lowercase().replace(' ', "-"),
                    MENU[j]
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("    </ul>\n  </nav>\n  <form class=\"site-search\" action=\"/vacatures\" role=\"search\"><label for=\"q\" class=\"sr-only\">Zoek vacatures</label><input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Zoek op functie of trefwoord\"><button type=\"submit\">Zoeken</button></form>\n</header>\n");
}

fn sections(out: &mut String, v: &Vacancy, closing: &str, with_intro: bool) {
    if with_intro {
        for p in &v.intro {
            put!(out, "      <p>{}</p>\n", esc(p));
        }
    }
    for s in &v.sections {
        put!(out, "      <h2>{}</h2>\n", s.heading);
        for p in &s.paras {
            put!(out, "      <p>{}</p>\n", esc(p));
        }
        if !s.items.is_empty() {
            out.push_str("      <ul>\n");
            for i in &s.items {
                put!(out, "        <li>{}</li>\n", esc(i));
            }
            out.push_str("      </ul>\n");
        }
    }
    out.push_str("      <h2>Procedure</h2>\n");
    for p in v.procedure(closing) {
        put!(out, "      <p>{}</p>\n", esc(&p));
    }
}

fn contract_long(v: &Vacancy) -> &'static str {
    match v.contract {
        Contract::Permanent => "Arbeidsovereenkomst voor onbepaalde tijd",
        Contract::TemporaryWithProspect => {
            "Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd"
        }
        Contract::Temporary => "Arbeidsovereenkomst voor bepaalde tijd",
    }
}

fn main_content(out: &mut String, v: &Vacancy, opts: &RenderOptions, r: &mut Rng) {
    let title = esc(&v.title);
    let employer = v.employer.name;
    let days_left = (v.closing.0 - opts.fetched.0).max(0);
    out.push_str("<main id=\"main\">\n");
    match opts.style {
        Style::Rijk => {
            put!(out, "  <article class=\"vacancy\">\n    <header class=\"vacancy__header\">\n      <h1 class=\"vacancy__title\">{title}</h1>\n      <p class=\"vacancy__organisation\"><a href=\"/organisaties/{}\">{employer}</a></p>\n      <ul class=\"job-facts\">\n", v.employer.name.to_lowercase().replace([' ', ','], "-"));
            let li = |out: &mut String, icon: &str, label: &str, value: &str| {
                put!(out, "        <li><span class=\"icon icon--{icon}\" aria-hidden=\"true\"></span><span class=\"sr-only\">{label}</span> {value}</li>\n");
            };
            li(out, "location", "Standplaats", v.city);
            li(
                out,
                "education",
                "Opleidingsniveau",
                &v.education.to_uppercase(),
            );
            li(out, "hours", "Uren per week", &v.hours());
            li(
                out,
                "scale",
                "Salarisschaal",
                &format!(
                    "schaal {}<br><span class=\"job-facts__salary\">€{} - €{} (bruto)</span>",
                    v.scale,
                    crate::vacancy::euro(v.salary_min),
                    crate::vacancy::euro(v.salary_max)
                ),
            );
            li(
                out,
                "calendar",
                "Sluitingsdatum",
                &format!(
                    "Solliciteer voor {} <span class=\"badge\">Nog {days_left} dagen</span>",
                    v.closing.long()
                ),
            );
            li(out, "contract", "Dienstverband", contract_long(v));
            out.push_str("      </ul>\n");
            if opts.show_reference {
                put!(
                    out,
                    "      <p class=\"vacancy__meta\">Kenmerk: {}, Plaatsingsdatum: {}</p>\n",
                    v.reference,
                    v.posted.long()
                );
            } else {
                put!(
                    out,
                    "      <p class=\"vacancy__meta\">Plaatsingsdatum: {}</p>\n",
                    v.posted.long()
                );
            }
            out.push_str("    </header>\n    <section class=\"vacancy__section\">\n");
            sections(out, v, &v.closing.long(), true);
            out.push_str("    </section>\n  </article>\n");
        }
        Style::GemeenteDl => {
            put!(out, "  <div class=\"container\">\n    <h1 class=\"vacature-titel\">{title}</h1>\n    <p class=\"vacature-intro\">{}</p>\n    <dl class=\"vacature-kenmerken\">\n", esc(&v.intro[0]));
            let hours = if v.hours_min == v.hours_max {
                v.hours_max.to_string()
            } else {
                format!("{} - {}", v.hours_min, v.hours_max)
            };
            let mut facts: Vec<(&str, String)> = vec![
                ("Organisatie", employer.to_string()),
                ("Standplaats", v.city.to_string()),
                ("Uren per week", hours),
                ("Salaris", format!("{} bruto per maand", v.salary())),
                ("Schaal", v.scale.to_string()),
                ("Opleidingsniveau", v.education.to_string()),
                ("Dienstverband", v.contract_label()),
            ];
            if opts.show_reference {
                facts.push(("Vacaturenummer", v.reference.clone()));
            }
            facts.push(("Geplaatst op", v.posted.long()));
            facts.push(("Reageren voor", v.closing.long()));
            for (k, val) in facts {
                put!(out, "      <dt>{k}</dt><dd>{}</dd>\n", esc(&val));
            }
            out.push_str("    </dl>\n    <div class=\"vacature-tekst\">\n");
            sections(out, v, &v.closing.long(), false);
            out.push_str("    </div>\n  </div>\n");
        }
        Style::Table => {
            put!(out, "  <div class=\"hero\"><h1>{title}</h1><p class=\"hero__sub\">{employer}</p></div>\n  <div class=\"layout\">\n    <div class=\"layout__main\">\n      <table class=\"facts-table\">\n        <tbody>\n");
            let mut facts: Vec<(&str, String)> = vec![
                ("Werklocatie", v.city.to_string()),
                ("Uren", format!("{} per week", v.hours())),
                (
                    "Salaris",
                    format!(
                        "€ {} – € {} bruto per maand",
                        crate::vacancy::euro(v.salary_min),
                        crate::vacancy::euro(v.salary_max)
                    ),
                ),
                ("Salarisschaal", v.scale.to_string()),
                ("Opleiding", v.education.to_uppercase()),
                ("Contract", v.contract_label()),
            ];
            if opts.show_reference {
                facts.push(("Referentienummer", v.reference.clone()));
            }
            facts.push(("Publicatiedatum", v.posted.numeric()));
            facts.push(("Sluitingsdatum", v.closing.numeric()));
            for (k, val) in facts {
                put!(
                    out,
                    "          <tr><th scope=\"row\">{k}</th><td>{}</td></tr>\n",
                    esc(&val)
                );
            }
            out.push_str("        </tbody>\n      </table>\n");
            sections(out, v, &v.closing.numeric(), true);
            out.push_str("    </div>\n    <aside class=\"layout__side\"><h2>Direct solliciteren</h2><p><a class=\"button\" href=\"/solliciteren\">Solliciteer</a></p></aside>\n  </div>\n");
        }
        Style::Drupal => {
            put!(out, "<article class=\"node node--type-vacature node--view-mode-full\">\n  <h1 class=\"page-title\"><span class=\"field field--name-title\">{title}</span></h1>\n  <div class=\"vacature-feiten\">\n");
            let hours = if v.hours_min == v.hours_max {
                format!("{}-urige werkweek", v.hours_max)
            } else {
                format!("{} tot {} uur per week", v.hours_min, v.hours_max)
            };
            let mut facts: Vec<(&str, String)> = vec![
                ("Werkgever", employer.to_string()),
                ("Standplaats", v.city.to_string()),
                ("Uren", hours),
                (
                    "Salaris",
                    format!(
                        "€ {} tot € {} bruto per maand, schaal {}",
                        crate::vacancy::euro(v.salary_min),
                        crate::vacancy::euro(v.salary_max),
                        v.scale
                    ),
                ),
                ("Soort contract", v.contract_label()),
            ];
            if opts.show_reference {
                facts.push(("Vacaturenummer", v.reference.clone()));
            }
            facts.push(("Datum plaatsing", v.posted.long()));
            facts.push(("Reageren tot en met", v.closing.long()));
            for (k, val) in facts {
                put!(out, "    <p><strong>{k}:</strong><br>{}</p>\n", esc(&val));
            }
            out.push_str("  </div>\n  <div class=\"field field--name-body\">\n");
            sections(out, v, &v.closing.long(), true);
            out.push_str("  </div>\n</article>\n");
        }
        Style::Politie => {
            put!(out, "  <p class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/vacatures\">Vacatures</a> › {title}</p>\n  <h1>{title}</h1>\n  <p class=\"sub\">{employer}</p>\n  <ul class=\"vacature-specs\">\n");
            let hours = if v.hours_min == v.hours_max {
                v.hours_max.to_string()
            } else {
                format!("{}-{}", v.hours_min, v.hours_max)
            };
            let mut facts: Vec<(&str, String)> = Vec::new();
            if opts.show_reference {
                facts.push(("Vacaturenummer", v.reference.clone()));
            }
            facts.extend([
                ("Standplaats", v.city.to_string()),
                ("Uren per week", hours),
                (
                    "Salarisindicatie",
                    format!("{} bruto per maand", v.salary()),
                ),
                ("Schaal", v.scale.to_string()),
                ("Opleidingsniveau", v.education.to_string()),
                ("Dienstverband", v.contract_label()),
                ("Publicatiedatum", v.posted.long()),
                ("Sluitingsdatum", v.closing.long()),
            ]);
            for (k, val) in facts {
                put!(out, "    <li><span>{k}</span> {}</li>\n", esc(&val));
            }
            out.push_str("  </ul>\n  <div class=\"vacature-body\">\n");
            sections(out, v, &v.closing.long(), true);
            put!(out, "    <a class=\"btn btn-apply\" href=\"/solliciteren/{}\">Solliciteer direct</a>\n  </div>\n", v.group);
        }
        Style::Board => {
            put!(out, "  <div class=\"job\">\n    <h1 class=\"job__title\">{title}</h1>\n    <p class=\"job__company\">{employer} · {}</p>\n    <div class=\"job__meta\">\n      <span class=\"job__meta-item\">{}</span>\n      <span class=\"job__meta-item\">schaal {}</span>\n      <span class=\"job__meta-item\">{} bruto per maand</span>\n      <span class=\"job__meta-item\">Sluitingsdatum: {}</span>\n", v.city, v.hours(), v.scale, v.salary(), v.closing.numeric());
            if opts.show_reference {
                put!(
                    out,
                    "      <span class=\"job__meta-item\">Vacaturenummer: {}</span>\n",
                    v.reference
                );
            }
            put!(out, "    </div>\n    <div class=\"job__ad\" aria-hidden=\"true\"><div id=\"div-gpt-ad-{}\"></div></div>\n    <div class=\"job__description\">\n", r.range(1000, 9999));
            sections(out, v, &v.closing.long(), true);
            out.push_str("    </div>\n  </div>\n");
        }
        Style::Prose => {
            put!(
                out,
                "  <div class=\"vacature\">\n    <h1>{title}</h1>\n    <p class=\"lead\">{employer} zoekt in {} een {} voor {} per week.",
                v.city,
                esc(&v.title.to_lowercase()),
                v.hours()
            );
            if opts.show_reference {
                put!(
                    out,
                    " Vermeld bij je sollicitatie het vacaturenummer {}.",
                    v.reference
                );
            }
            put!(
                out,
                " Geplaatst op {}.</p>\n    <div class=\"vacature__tekst\">\n",
                v.posted.long()
            );
            sections(out, v, &v.closing.with_weekday(), true);
            out.push_str("    </div>\n  </div>\n");
        }
    }
    out.push_str("</main>\n");
}

fn related(out: &mut String, style: Style, v: &Vacancy, r: &mut Rng) {
    let teasers: Vec<Teaser> = (0..r.range(2, 5))
        .map(|_| Teaser::generate(r, v.posted))
        .collect();
    let (open, heading, close) = match style {
        Style::Rijk => (
            "<aside class=\"related\" aria-labelledby=\"related-title\">",
            "<h2 id=\"related-title\">Relevante vacatures</h2>",
            "</aside>",
        ),
        Style::GemeenteDl => (
            "<section class=\"vergelijkbaar\">",
            "<h2>Vergelijkbare vacatures</h2>",
            "</section>",
        ),
        Style::Table => (
            "<div class=\"related-jobs\">",
            "<h2>Andere vacatures</h2>",
            "</div>",
        ),
        Style::Drupal => (
            "<section class=\"block block-views related-vacatures\">",
            "<h2>Ook interessant</h2>",
            "</section>",
        ),
        Style::Politie => (
            "<section class=\"vergelijkbare-vacatures\">",
            "<h2>Vergelijkbare vacatures</h2>",
            "</section>",
        ),
        Style::Board => (
            "<section class=\"similar-jobs\">",
            "<h2>Soortgelijke vacatures</h2>",
            "</section>",
        ),
        Style::Prose => (
            "<section class=\"andere-vacatures\">",
            "<h2>Meer vacatures in de regio</h2>",
            "</section>",
        ),
    };
    put!(out, "{open}\n  {heading}\n  <ul class=\"vacancy-list\">\n");
    for t in &teasers {
        put!(out, "    <li class=\"vacancy-card\"><a href=\"/vacature/{}-{}\"><h3>{}</h3></a><p>{}</p><p>{} · {} · schaal {} · {} · Reageren voor {}</p></li>\n",
            t.id, t.slug, t.title, t.employer, t.city, t.hours, t.scale, t.salary, t.closing.short());
    }
    put!(out, "  </ul>\n{close}\n");
}

fn footer(out: &mut String, style: Style, site: &str, r: &mut Rng) {
    out.push_str("<footer class=\"site-footer\">\n  <div class=\"site-footer__columns\">\n");
    for heading in ["Over deze site", "Service", "Volg ons"] {
        put!(out, "    <div><h2>{heading}</h2><ul>");
        for i in r.sample_some(MENU.len(), 3, 6) {
            put!(
                out,
                "<li><a href=\"/{}\">{}</a></li>",
                MENU[i].to_lowercase().replace(' ', "-"),
                MENU[i]
            );
        }
        out.push_str("</ul></div>\n");
    }
    put!(out, "  </div>\n  <p class=\"site-footer__tagline\">{site} · Postbus {} · {} {} · <a href=\"/privacy\">Privacy</a> · <a href=\"/cookies\">Cookies</a> · <a href=\"/toegankelijkheid\">Toegankelijkheid</a></p>\n</footer>\n", r.range(100, 99_999), r.range(1000, 9999), style.code().to_uppercase());
}
