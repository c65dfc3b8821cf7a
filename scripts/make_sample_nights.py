#!/usr/bin/env python3
"""Writes samples/nights/: three invented crawl nights for the deduplication tests,
and samples/dedup_truth.tsv, the ground truth (pages of one real vacancy share a group).

Everything on these pages is invented for this project: vacancy texts, people, phone
numbers, reference numbers and amounts. The employers are real Dutch public bodies and
the page chrome imitates the kind of sites in samples/pages, as there. No text was
copied from a real page.

    python3 scripts/make_sample_nights.py          # write the pages and the truth file, then check
    python3 scripts/make_sample_nights.py --check  # only check what is on disk

Standard library only; the output is identical on every run.
"""

import html
import json
import re
import sys
from datetime import date
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NIGHTS_DIR = ROOT / "samples" / "nights"
TRUTH = ROOT / "samples" / "dedup_truth.tsv"
NIGHTS = {"n1": "2025-11-03", "n2": "2025-11-04", "n3": "2025-11-05"}

# --------------------------------------------------------------------------- helpers

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def d(iso):
    return date.fromisoformat(iso)


def nl_long(iso):
    x = d(iso)
    return f"{x.day} {MAANDEN[x.month - 1]} {x.year}"


def nl_short(iso):
    x = d(iso)
    return f"{x.day} {MND[x.month - 1]} {x.year}"


def dmy(iso, sep="-"):
    x = d(iso)
    return f"{x.day:02d}{sep}{x.month:02d}{sep}{x.year}"


def en_long(iso):
    x = d(iso)
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def body_html(sections, h="h2", indent="      "):
    """sections: [(heading or None, [paragraph str | [list items]])]"""
    out = []
    for head, blocks in sections:
        if head:
            out.append(f"{indent}<{h}>{esc(head)}</{h}>")
        for b in blocks:
            if isinstance(b, list):
                out.append(f"{indent}<ul>")
                out.extend(f"{indent}  <li>{esc(it)}</li>" for it in b)
                out.append(f"{indent}</ul>")
            else:
                out.append(f"{indent}<p>{esc(b)}</p>")
    return "\n".join(out)


def body_txt(sections, bullet="  • "):
    out = []
    for head, blocks in sections:
        if head:
            out.append(head)
        for b in blocks:
            if isinstance(b, list):
                out.extend(bullet + it for it in b)
                out.append("")
            else:
                out.append(b)
                out.append("")
        if out and out[-1] != "":
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def gtm(gid):
    return f"""<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
}})(window,document,'script','dataLayer','{gid}');</script>
<!-- End Google Tag Manager -->"""


def gtm_noscript(gid):
    return f"""<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id={gid}"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->"""


def fill_css(prefix, n, seed):
    """Utility-class noise like the minified CSS of real sites (deterministic)."""
    props = [("mar", "margin"), ("pad", "padding"), ("gap", "gap"), ("lin", "line-height"),
             ("max", "max-width"), ("min", "min-height"), ("bor", "border-radius")]
    units = ["px", "rem", "em", "%"]
    rules, x = [], seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        short, prop = props[x % len(props)]
        val = (x >> 8) % 96
        unit = units[(x >> 4) % 4]
        v = f"{val / 4:.2f}".rstrip("0").rstrip(".") if unit in ("rem", "em") else str(val)
        rules.append(f".{prefix}-{short}-{i}{{{prop}:{v}{unit}}}")
    return "\n".join(" ".join(rules[i:i + 6]) for i in range(0, len(rules), 6))


def meta_desc(p):
    return attr(p.get("desc") or f"Vacature {p['title']} bij {p['employer']}.")


# --------------------------------------------------------------------------- site templates
# Each template takes a page dict p: title, employer, facts [(label, value)], intro,
# sections, related [(title, line)], canonical, build, plus site-specific keys.


def tpl_gemeente_table(p):
    """Employer careers site on an older CMS: facts in a <table> with <th>/<td>."""
    s = p["site"]
    facts = "\n".join(f'        <tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in p["facts"])
    related = "\n".join(
        f'      <li><a href="/vacatures/{i}">{esc(t)}</a><br><span class="meta">{esc(m)}</span></li>'
        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 210)))
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} | {esc(s['name'])}</title>
<meta name="description" content="{meta_desc(p)}">
<meta property="og:title" content="{attr(p['title'])}">
<meta property="og:site_name" content="{attr(s['name'])}">
<meta property="og:url" content="{attr(p['canonical'])}">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="/assets/css/site.css?v={p.get('build', '7.2')}">
<style>
  table.kenmerken{{border-collapse:collapse;width:100%;margin:1rem 0 2rem}}
  table.kenmerken th{{text-align:left;width:35%;padding:.35rem .5rem;background:{s['color']};color:#fff;font-weight:600}}
  table.kenmerken td{{padding:.35rem .5rem;border-bottom:1px solid #ddd}}
  .cookiebalk{{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:1rem 2rem;z-index:100}}
{fill_css(s['css'], 36, s['seed'])}
</style>
{gtm(s['gtm'])}
<script src="https://policy.app.cookieinformation.com/uc.js" data-culture="NL" id="CookieConsent"></script>
<script src="/assets/js/site.js?v={p.get('build', '7.2')}" defer></script>
</head>
<body class="vacature">
{gtm_noscript(s['gtm'])}
<div class="cookiebalk" role="dialog" aria-label="Cookiemelding">
  <p>Deze website gebruikt cookies. Functionele cookies plaatsen we altijd; voor analytische en marketingcookies vragen we je toestemming. <a href="/cookies">Meer over cookies</a></p>
  <button type="button" class="cookiebalk__ja">Ja, prima</button> <button type="button" class="cookiebalk__nee">Nee, alleen functioneel</button>
</div>
<header class="kop">
  <a class="kop__logo" href="/"><img src="/assets/img/logo.svg" alt="{attr(s['name'])}"></a>
  <nav class="kop__menu" aria-label="Hoofdmenu">
    <ul>
      <li><a href="/vacatures">Vacatures</a></li>
      <li><a href="/werken-bij">{esc(s['nav_about'])}</a></li>
      <li><a href="/stages">Stages en traineeships</a></li>
      <li><a href="/sollicitatieprocedure">Sollicitatieprocedure</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<div class="kruimelpad"><a href="/">Home</a> &gt; <a href="/vacatures">Vacatures</a> &gt; {esc(p['title'])}</div>
<main id="inhoud">
  <h1>{esc(p['title'])}</h1>
  <p class="intro">{esc(p['intro'])}</p>
  <table class="kenmerken">
    <caption class="visually-hidden">Kenmerken van de vacature</caption>
    <tbody>
{facts}
    </tbody>
  </table>
  <div class="vacaturetekst">
{body_html(p['sections'], indent='    ')}
  </div>
  <p class="solliciteer"><a class="knop" href="{attr(p['canonical'])}/solliciteren">Direct solliciteren</a></p>
  <aside class="andere-vacatures">
    <h2>Andere vacatures</h2>
    <ul>
{related}
    </ul>
  </aside>
</main>
<footer class="voet">
  <p>{esc(s['footer'])}</p>
  <p><a href="/privacy">Privacyverklaring</a> | <a href="/cookies">Cookies</a> | <a href="/toegankelijkheid">Toegankelijkheid</a> | <a href="/proclaimer">Proclaimer</a></p>
</footer>
</body>
</html>
"""


def tpl_gemeente_dl(p):
    """WordPress careers site: facts in a <dl>, 'Vergelijkbare vacatures' as articles."""
    s = p["site"]
    facts = "\n".join(f"      <dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in p["facts"])
    related = "\n".join(
        f'      <article><h3><a href="/vacatures/{re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")}/">{esc(t)}</a></h3><p>{esc(m)}</p></article>'
        for t, m in p["related"])
    badge = f'\n    <p class="vacature-badge"><span class="badge badge--urgent">{esc(p["badge"])}</span></p>' if p.get("badge") else ""
    hidden = f'\n      <input type="hidden" name="_wpnonce" value="{p["nonce"]}">' if p.get("nonce") else ""
    return f"""<!doctype html>
<html lang="nl-NL">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(p['title'])} | {esc(s['name'])}</title>
  <meta name="description" content="{meta_desc(p)}">
  <meta property="og:locale" content="nl_NL">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{attr(p['title'])} - {attr(s['name'])}">
  <meta property="og:url" content="{attr(p['canonical'])}">
  <meta property="og:site_name" content="{attr(s['name'])}">
  <link rel="canonical" href="{attr(p['canonical'])}">
  <link rel="stylesheet" id="theme-css" href="https://{s['host']}/wp-content/themes/{s['theme']}/dist/app.css?ver={p.get('build', '2.9.0')}" media="all">
  <style id="theme-inline-css">
  .vacature-kenmerken{{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1.5rem;background:#f4f4f4;padding:1.25rem}}
  .vacature-kenmerken dt{{font-weight:700}}
  .vacature-kenmerken dd{{margin:0}}
  .badge--urgent{{background:{s['color']};color:#fff;padding:.2rem .6rem;border-radius:1rem}}
  #cmplz-cookiebanner{{position:fixed;right:1rem;bottom:1rem;max-width:420px;background:#fff;box-shadow:0 4px 24px rgba(0,0,0,.2);padding:1.25rem}}
{fill_css(s['css'], 42, s['seed'])}
  </style>
{gtm(s['gtm'])}
  <script src="https://{s['host']}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
  <script src="https://{s['host']}/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver={p.get('build', '2.9.0')}" id="cmplz-cookiebanner-js"></script>
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Home","item":"https://{s['host']}/"}},{{"@type":"ListItem","position":2,"name":"Vacatures","item":"https://{s['host']}/vacatures/"}},{{"@type":"ListItem","position":3,"name":"{attr(p['title'])}"}}]}}</script>
</head>
<body class="vacature-template-default single single-vacature">
{gtm_noscript(s['gtm'])}
<div id="cmplz-cookiebanner" class="cmplz-cookiebanner" role="dialog" aria-label="Cookievoorkeuren">
  <p class="cmplz-title">Cookietoestemming beheren</p>
  <p class="cmplz-message">Om de beste ervaringen te bieden, gebruiken wij technieken zoals cookies om informatie over je apparaat op te slaan en/of te raadplegen.</p>
  <div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepteren</button><button class="cmplz-btn cmplz-deny">Weigeren</button><button class="cmplz-btn cmplz-view-preferences">Voorkeuren</button></div>
</div>
<header class="header">
  <a class="header__logo" href="https://{s['host']}/"><img src="/wp-content/themes/{s['theme']}/img/logo.svg" alt="{attr(s['name'])}"></a>
  <nav class="header__nav"><ul class="menu"><li class="menu-item"><a href="/vacatures/">Alle vacatures</a></li><li class="menu-item"><a href="/werken-bij/">{esc(s['nav_about'])}</a></li><li class="menu-item"><a href="/starters/">Starters</a></li><li class="menu-item"><a href="/procedure/">Procedure</a></li><li class="menu-item"><a href="/faq/">Veelgestelde vragen</a></li></ul></nav>
  <form class="header__search" action="/vacatures/"><label for="q" class="screen-reader-text">Zoek vacatures</label><input id="q" name="zoek" type="search" placeholder="Zoek op functie of trefwoord"></form>
</header>
<main class="site-main">
  <div class="container">
    <h1 class="vacature-titel">{esc(p['title'])}</h1>{badge}
    <p class="vacature-intro">{esc(p['intro'])}</p>
    <dl class="vacature-kenmerken">
{facts}
    </dl>
    <div class="vacature-tekst">
{body_html(p['sections'], indent='      ')}
    </div>
    <form class="vacature-solliciteer" action="/solliciteren/" method="get">{hidden}
      <button class="btn btn--primary" type="submit">Solliciteer</button>
    </form>
    <section class="vergelijkbaar">
      <h2>Vergelijkbare vacatures</h2>
{related}
    </section>
  </div>
</main>
<footer class="footer">
  <div class="footer__inner">
    <p>{esc(s['footer'])}</p>
    <ul class="footer__links"><li><a href="/privacyverklaring/">Privacyverklaring</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/toegankelijkheid/">Toegankelijkheidsverklaring</a></li></ul>
  </div>
</footer>
<script src="https://{s['host']}/wp-content/themes/{s['theme']}/dist/app.js?ver={p.get('build', '2.9.0')}" id="theme-js"></script>
</body>
</html>
"""


def tpl_gemeente_cards(p):
    """Careers site with a facts grid of label/value cards and shared page blocks."""
    s = p["site"]
    facts = "\n".join(
        f'        <div class="fact"><span class="fact__label">{esc(k)}</span><span class="fact__value">{esc(v)}</span></div>'
        for k, v in p["facts"])
    related = "\n".join(
        f'        <li class="tile"><a href="/vacature/{i}"><span class="tile__title">{esc(t)}</span><span class="tile__meta">{esc(m)}</span></a></li>'
        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 4410)))
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Vacature {esc(p['title'])} - {esc(s['name'])}</title>
  <meta name="description" content="{meta_desc(p)}">
  <meta property="og:title" content="{attr(p['title'])}">
  <meta property="og:image" content="https://{s['host']}/media/og-werkenbij.jpg">
  <link rel="canonical" href="{attr(p['canonical'])}">
  <link rel="preload" href="/fonts/source-sans-3.woff2" as="font" type="font/woff2" crossorigin>
  <link rel="stylesheet" href="/dist/main.{p.get('build', 'c41e9a')}.css">
  <style>
  .facts{{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:1rem;margin:1.5rem 0}}
  .fact{{background:#fff;border-left:4px solid {s['color']};padding:.75rem 1rem;display:flex;flex-direction:column}}
  .fact__label{{font-size:.8rem;text-transform:uppercase;color:#666}}
  .fact__value{{font-weight:600}}
  .cc-window{{position:fixed;bottom:0;left:0;right:0;background:{s['color']};color:#fff;padding:1rem 2rem}}
{fill_css(s['css'], 30, s['seed'])}
  </style>
{gtm(s['gtm'])}
  <script defer src="https://static.hotjar.com/c/hotjar-3810472.js?sv=6"></script>
  <script defer src="/dist/main.{p.get('build', 'c41e9a')}.js"></script>
</head>
<body class="page page--vacature">
{gtm_noscript(s['gtm'])}
<div class="cc-window" role="dialog" aria-live="polite" aria-label="cookieconsent">
  <span class="cc-message">Wij gebruiken cookies om onze website te verbeteren en om vacatures onder de aandacht te brengen op andere websites.</span>
  <a class="cc-btn cc-allow" href="#">Cookies toestaan</a> <a class="cc-btn cc-deny" href="#">Weigeren</a>
</div>
<header class="masthead">
  <a class="masthead__brand" href="/">{esc(s['name'])}</a>
  <nav class="masthead__nav" aria-label="Menu"><a href="/vacatures">Vacatures</a><a href="/over-ons">Over ons</a><a href="/werken-bij-ons">Werken bij ons</a><a href="/jong-talent">Jong talent</a><a href="/vacaturealert">Vacaturealert</a></nav>
</header>
<main>
  <article class="vacancy">
    <header class="vacancy__head">
      <p class="vacancy__org">{esc(p['employer'])}</p>
      <h1>{esc(p['title'])}</h1>
      <p class="vacancy__lead">{esc(p['intro'])}</p>
      <div class="facts">
{facts}
      </div>
    </header>
    <div class="vacancy__body">
{body_html(p['sections'], indent='      ')}
    </div>
    <p><a class="btn btn--apply" href="{attr(p['canonical'])}/solliciteer">Solliciteer direct</a></p>
  </article>
  <section class="more-jobs">
    <h2>Bekijk ook deze vacatures</h2>
      <ul class="tiles">
{related}
      </ul>
  </section>
</main>
<footer class="site-footer">
  <p>{esc(s['footer'])}</p>
  <nav aria-label="Footer"><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/toegankelijkheid">Toegankelijkheid</a> <a href="/sitemap">Sitemap</a></nav>
</footer>
</body>
</html>
"""


def tpl_publiekbanen(p):
    """National job board with a JSON-LD JobPosting and 'Vergelijkbare vacatures'."""
    facts = "\n".join(
        f'      <li title="{attr(k)}"><svg aria-hidden="true" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg><span>{esc(v)}</span></li>'
        for k, v in p["facts"])
    related = "\n".join(
        f'    <div class="teaser"><a href="/vacature/{i}">{esc(t)}</a><br>{esc(m)}</div>'
        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 776100)))
    ld = json.dumps(p["jsonld"], ensure_ascii=False, indent=2)
    slug = re.sub(r"[^a-z0-9]+", "-", p["title"].lower()).strip("-")
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} | Publiekbanen.nl</title>
<meta name="description" content="{meta_desc(p)}">
<meta property="og:title" content="{attr(p['title'])}">
<meta property="og:site_name" content="Publiekbanen.nl">
<meta property="og:url" content="{attr(p['canonical'])}">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="https://www.publiekbanen.nl/assets/css/site.min.css?v=9.15.2">
<style>
#pb-consent{{position:fixed;left:0;right:0;bottom:0;background:#0b6e8a;color:#fff;padding:1.25rem 2rem;z-index:50}}
{fill_css('pb', 24, 77)}
</style>
{gtm('GTM-PBK2N7W')}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{{cmd:[]}};googletag.cmd.push(function(){{googletag.defineSlot('/21734910/publiekbanen_vacature_rechts',[300,250],'div-gpt-ad-rechts').addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();}});</script>
<script type="application/ld+json">
{ld}
</script>
<script src="https://www.publiekbanen.nl/assets/js/site.min.js?v=9.15.2" defer></script>
</head>
<body class="vacancy-detail">
{gtm_noscript('GTM-PBK2N7W')}
<div id="pb-consent" class="consent-banner" role="dialog" aria-label="Cookies">
  <p><strong>Publiekbanen.nl en cookies.</strong> Wij en onze partners gebruiken cookies en vergelijkbare technieken om de site te laten werken, het gebruik te meten en advertenties en vacatures te personaliseren.</p>
  <button class="consent-accept">Akkoord</button> <button class="consent-settings">Instellingen aanpassen</button>
</div>
<header class="pb-header">
  <a class="pb-header__logo" href="/">Publiekbanen<span>.nl</span></a>
  <nav class="pb-header__nav"><a href="/vacatures">Vacatures</a><a href="/werkgevers">Werkgevers</a><a href="/vacatures?type=stage">Stages</a><a href="/vacaturemail">Vacaturemail</a><a href="/inloggen">Inloggen</a></nav>
  <form class="pb-search" action="/vacatures"><input name="q" placeholder="Functie, trefwoord of organisatie"><input name="plaats" placeholder="Plaats of postcode"><button>Zoeken</button></form>
</header>
<main class="pb-main">
  <nav class="crumbs"><a href="/">Home</a> / <a href="/vacatures">Vacatures</a> / <a href="/vacatures/{p['province_slug']}">{esc(p['province'])}</a> / {esc(p['title'])}</nav>
  <article class="vacancy">
    <h1>{esc(p['title'])}</h1>
    <p class="vacancy__employer"><a href="/werkgevers/{re.sub(r'[^a-z0-9]+', '-', p['employer'].lower())}">{esc(p['employer'])}</a></p>
    <ul class="vac-facts">
{facts}
    </ul>
    <p class="vacancy__dates">{esc(p['dates_line'])}</p>
    <div class="vacancy__body">
{body_html(p['sections'], indent='      ')}
      <a class="btn" href="/solliciteren/{slug}">Solliciteer direct</a>
    </div>
  </article>
  <section class="vergelijkbaar">
    <h2>Vergelijkbare vacatures</h2>
{related}
  </section>
  <div id="div-gpt-ad-rechts" class="ad-slot" aria-hidden="true"></div>
</main>
<footer class="pb-footer">
  <div><h4>Publiekbanen.nl</h4><p>Dé vacaturesite voor werken bij de overheid, in het onderwijs en in de zorg.</p></div>
  <div><a href="/over-ons">Over ons</a> · <a href="/adverteren">Adverteren</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/voorwaarden">Voorwaarden</a></div>
  <p>© 2025 Publiekbanen B.V.</p>
</footer>
</body>
</html>
"""


def tpl_lindeboom(p):
    """Invented interim and recruitment broker (Bootstrap); 'Andere opdrachten' cards."""
    facts = "\n".join(f"          <dt>{esc(k)}</dt>\n          <dd>{esc(v)}</dd>" for k, v in p["facts"])
    related = "\n".join(
        f'        <div class="card opdracht"><h4><a href="/vacatures/{i}">{esc(t)}</a></h4><p class="card-text small">{esc(m)}</p></div>'
        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 3301)))
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <title>{esc(p['title'])} in {esc(p['city'])} | Lindeboom Interim &amp; Werving</title>
  <meta name="description" content="{meta_desc(p)}">
  <meta property="og:title" content="{attr(p['title'])}">
  <meta property="og:site_name" content="Lindeboom Interim &amp; Werving">
  <link rel="canonical" href="{attr(p['canonical'])}">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
  <link rel="stylesheet" href="/css/lindeboom.css?v=18">
  <style>
    .vac-meta dt{{font-weight:400;color:#6b7b5e;margin-top:.75rem}}
    .vac-meta dd{{font-weight:600;margin:0}}
    #cookiebar{{position:fixed;bottom:0;left:0;right:0;background:#2f3d24;color:#eee;padding:12px 20px;font-size:14px}}
{fill_css('lb', 20, 5)}
  </style>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-LB3K77QW2P"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('consent', 'default', {{'analytics_storage': 'denied', 'ad_storage': 'denied'}});
    gtag('config', 'G-LB3K77QW2P', {{ 'anonymize_ip': true }});
  </script>
  <script src="https://code.jquery.com/jquery-3.6.4.min.js"></script>
  <script src="/js/lindeboom.js?v=18"></script>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom">
  <a class="navbar-brand" href="/"><img src="/img/lindeboom-logo.svg" alt="Lindeboom Interim &amp; Werving" height="40"></a>
  <ul class="navbar-nav ml-auto">
    <li class="nav-item"><a class="nav-link" href="/vacatures">Vacatures</a></li>
    <li class="nav-item"><a class="nav-link" href="/interim">Interim</a></li>
    <li class="nav-item"><a class="nav-link" href="/werving-en-selectie">Werving &amp; selectie</a></li>
    <li class="nav-item"><a class="nav-link" href="/over-lindeboom">Over ons</a></li>
    <li class="nav-item"><a class="nav-link btn btn-outline-success" href="/mijn-lindeboom">Mijn Lindeboom</a></li>
  </ul>
</nav>
<div class="container my-4">
  <div class="row">
    <div class="col-lg-8">
      <h1>{esc(p['title'])}</h1>
      <p class="lead">Opdrachtgever: <strong>{esc(p['employer'])}</strong></p>
{body_html(p['sections'], h='h3', indent='      ')}
    </div>
    <div class="col-lg-4">
      <div class="card p-3 vac-meta">
        <dl>
{facts}
        </dl>
        <a href="{attr(p['canonical'])}/reageren" class="btn btn-success btn-block">Solliciteer</a>
      </div>
      <div class="card p-3 mt-3 bg-light">
        <h5>Waarom via Lindeboom?</h5>
        <p class="small">Wij kennen de publieke sector en begeleiden je persoonlijk, van het eerste gesprek tot je eerste werkdag.</p>
      </div>
    </div>
  </div>
  <section class="andere-opdrachten mt-5">
    <h3>Andere vacatures en opdrachten</h3>
    <div class="card-deck">
{related}
    </div>
  </section>
</div>
<footer class="bg-dark text-light py-4 mt-5"><div class="container small">© 2025 Lindeboom Interim &amp; Werving · Amersfoort · <a class="text-light" href="/privacy">Privacy</a> · <a class="text-light" href="/voorwaarden">Algemene voorwaarden</a></div></footer>
<div id="cookiebar" data-nosnippet="true">Lindeboom gebruikt cookies om de website te verbeteren en vacatures op je interesses af te stemmen. <a href="#" class="btn btn-sm btn-light">Akkoord</a> <a href="/cookies" class="text-light">Instellingen</a></div>
</body>
</html>
"""


def tpl_opdrachtoverheid(p):
    """Opdracht Overheid-style broker: hourly rate, 'Sluit over N dagen', Rekentool, broker fee."""
    facts = "\n".join(
        f'      <div><div class="facts__label">{esc(k)}:</div><div class="facts__value">{esc(v)}</div></div>'
        for k, v in p["facts"])
    related = "\n".join(f'      <li class="card"><a href="/opdracht/{i}">{esc(t)}</a><p>{esc(m)}</p></li>'
                        for i, (t, m) in enumerate(p["related"], start=81200))
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} - {esc(p['city'])} | Opdracht Overheid</title>
<meta name="description" content="{meta_desc(p)}">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="/build/app.3e81f0.css">
<style>
.pill--warning{{background:#ffb000;color:#222;border-radius:999px;padding:.15rem .7rem}}
.chip{{display:inline-block;border:1px solid #c7d0da;border-radius:4px;padding:.1rem .5rem;margin-right:.25rem}}
.cookie-modal{{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}}
{fill_css('oo', 24, 31)}
</style>
{gtm('GTM-OOV9K2D')}
<script src="/build/runtime.7a1c2d.js" defer></script>
<script src="/build/app.3e81f0.js" defer></script>
</head>
<body>
{gtm_noscript('GTM-OOV9K2D')}
<div class="cookie-modal" id="cookie-modal" role="dialog" aria-labelledby="cookie-modal-title">
  <div class="cookie-modal__box">
    <h2 id="cookie-modal-title">Cookie-instellingen</h2>
    <p>Opdracht Overheid gebruikt cookies om de website goed te laten werken, het gebruik te analyseren en je relevante opdrachten te tonen.</p>
    <button class="btn btn--primary">Alle cookies toestaan</button> <button class="btn btn--link">Alleen functionele cookies</button>
  </div>
</div>
<header class="header">
  <a href="/" class="header__logo">Opdracht Overheid</a>
  <nav class="header__menu"><a href="/opdrachten">Opdrachten</a><a href="/hoe-werkt-het">Hoe werkt het?</a><a href="/voor-opdrachtgevers">Voor opdrachtgevers</a><a href="/veelgestelde-vragen">Veelgestelde vragen</a><a href="/contact">Contact</a></nav>
</header>
<main class="opdracht">
  <section class="opdracht__top">
    <h1>{esc(p['title'])}</h1>
    <p class="opdracht__adres">Opdrachtgever: {esc(p['employer'])} · {esc(p['address'])}</p>
    <p class="opdracht__status"><span class="pill pill--warning">{esc(p['badge'])}</span></p>
    <p class="opdracht__chips">{p['chips']}</p>
    <div class="facts">
{facts}
    </div>
  </section>
  <section class="voordelen">
    <h2>Wat zijn de voordelen?</h2>
    <ul><li>Eén aanspreekpunt voor je contract, facturatie en verlenging</li><li>Betaling binnen 14 dagen na goedkeuring van je uren</li><li>Toegang tot alle opdrachten van 300+ overheidsorganisaties</li></ul>
  </section>
  <section class="calculator" aria-labelledby="rekentool">
    <h2 id="rekentool">Rekentool</h2>
    <p>Wil je deze opdracht via ons in loondienst uitvoeren? Bereken hieronder een indicatie van jouw bruto maandsalaris.</p>
    <label for="tarief">Voor welk uurtarief mogen wij jou aanbieden?</label>
    <input id="tarief" type="number" value="95" min="40" max="200" step="0.5"> <span>€ per uur</span>
    <label for="uren">Hoeveel uur per week wil je werken?</label>
    <input id="uren" type="number" value="32" min="8" max="40">
    <p>Indicatie bruto maandsalaris: <output id="uitkomst">€ 5.410</output></p>
  </section>
  <section class="opdracht__tekst">
{body_html(p['sections'], indent='    ')}
  </section>
  <section class="gerelateerd">
    <h2>Gerelateerde opdrachten</h2>
    <ul class="cards">
{related}
    </ul>
  </section>
</main>
<footer class="footer"><p>Opdracht Overheid · <a href="/privacy">Privacy</a> · <a href="/cookie-instellingen">Cookie-instellingen</a> · <a href="/algemene-voorwaarden">Voorwaarden</a></p></footer>
</body>
</html>
"""


def tpl_magnet(p):
    """magnet.me-style board: English chrome, Dutch vacancy text, 'Similar jobs'."""
    facts = "\n".join(
        f'    <div class="css-1x2y3z"><div class="css-9ab1c2">{esc(k)}</div><div class="css-7de4f5">{esc(v)}</div></div>'
        for k, v in p["facts"])
    related = "\n".join(
        f'      <a class="job-card" href="/en/opportunity/{i}"><div class="job-card__title">{esc(t)}</div><div class="job-card__meta">{esc(m)}</div></a>'
        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 93410)))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} at {esc(p['employer'])} - Magnet.me</title>
<meta name="description" content="{meta_desc(p)}">
<meta property="og:title" content="{attr(p['title'])} at {attr(p['employer'])}">
<meta property="og:site_name" content="Magnet.me">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="https://cdn.magnet.me/static/css/main.5b2a91e0.css">
<style>
.css-1x2y3z{{display:flex;justify-content:space-between;border-bottom:1px solid #eee;padding:.5rem 0}}
.css-9ab1c2{{color:#777}}
.css-7de4f5{{font-weight:600}}
.css-cookie{{position:fixed;bottom:1rem;left:1rem;max-width:380px;background:#fff;padding:1rem;box-shadow:0 2px 12px rgba(0,0,0,.25)}}
{fill_css('css-q', 30, 913)}
</style>
{gtm('GTM-MGNT7Q2')}
<script>window.__INITIAL_LOCALE__="en";window.__FEATURE_FLAGS__={{"newApplyFlow":true,"similarJobsV2":true}};</script>
<script src="https://cdn.magnet.me/static/js/main.5b2a91e0.js" defer></script>
</head>
<body>
{gtm_noscript('GTM-MGNT7Q2')}
<div id="root">
<div class="css-cookie" id="cookie-consent-popup" role="dialog">
  <p>We use cookies to personalise your experience and to analyse our traffic. By clicking "Accept" you agree to our use of cookies. <a href="/en/cookies">Cookie policy</a></p>
  <button>Accept</button> <button>Only necessary</button>
</div>
<header class="topnav">
  <a href="/en" class="topnav__logo">Magnet.me</a>
  <nav><a href="/en/jobs">Jobs</a><a href="/en/internships">Internships</a><a href="/en/companies">Companies</a><a href="/en/events">Events</a><a href="/en/login">Log in</a><a href="/en/signup" class="btn">Sign up</a></nav>
</header>
<main class="opportunity">
  <div class="opportunity__header">
    <h1 class="opportunity__title">{esc(p['title'])}</h1>
    <a class="opportunity__company" href="/en/company/{re.sub(r'[^a-z0-9]+', '-', p['employer'].lower())}">{esc(p['employer'])}</a>
    <div class="opportunity__posted">Posted {esc(p['posted_text'])}</div>
  </div>
  <div class="opportunity__facts">
{facts}
  </div>
  <div class="signup-nudge"><h3>Your career starts on Magnet.me</h3><p>Create a profile and receive smart job recommendations based on your liked jobs.</p></div>
  <div class="opportunity__description">
    <p>{esc(p['intro'])}</p>
{body_html(p['sections'], h='h3', indent='    ')}
  </div>
  <aside class="company-box"><div>Government</div><div>{esc(p['city'])}</div><div>{esc(p['company_size'])}</div></aside>
  <section class="similar-jobs">
    <h2>Similar jobs</h2>
{related}
  </section>
</main>
<footer class="footer"><a href="/en/about">About Magnet.me</a> <a href="/en/privacy">Privacy</a> <a href="/en/cookies">Cookies</a> <a href="/en/terms">Terms</a></footer>
</div>
</body>
</html>
"""


def tpl_drupal(p):
    """Drupal site of a waterschap or provincie: <strong>Label:</strong><br>value blocks."""
    s = p["site"]
    facts = "\n".join(f'        <div class="field field--{i}"><strong>{esc(k)}:</strong><br>{esc(v)}</div>'
                      for i, (k, v) in enumerate(p["facts"]))
    related = "\n".join(
        f'        <div class="views-row"><a href="/vacatures/{i}" hreflang="nl">{esc(t)}</a><div class="views-field">{esc(m)}</div></div>'
        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 1801)))
    return f"""<!DOCTYPE html>
<html lang="nl" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(p['title'])} | {esc(s['name'])}</title>
<meta name="description" content="{meta_desc(p)}">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="shortlink" href="https://{s['host']}/node/{p.get('node', 2231)}">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{s['css']}Qx7Lm2.css?delta=0&amp;language=nl&amp;theme={s['theme']}">
<style>
.field{{margin-bottom:.75rem}}
.eu-cookie-compliance-banner{{position:fixed;bottom:0;left:0;right:0;background:{s['color']};color:#fff;padding:1rem 2rem}}
{fill_css(s['css'], 28, s['seed'])}
</style>
{gtm(s['gtm'])}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{p.get('node', 2231)}","currentLanguage":"nl"}},"eu_cookie_compliance":{{"cookie_lifetime":100,"method":"opt_in"}}}}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/sites/default/files/js/js_{s['css']}Pw4Kd8.js?scope=footer&amp;delta=0&amp;language=nl&amp;theme={s['theme']}" defer></script>
</head>
<body class="path-node page-node-type-vacature">
{gtm_noscript(s['gtm'])}
<a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>
<div class="eu-cookie-compliance-banner" role="dialog" aria-label="Cookies">
  <div class="eu-cookie-compliance-message"><p>Wij gebruiken cookies om onze website te verbeteren. Stemt u in met het plaatsen van analytische cookies?</p></div>
  <div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button">Ja, ik ga akkoord</button><button type="button" class="decline-button">Nee, liever niet</button></div>
</div>
<div class="dialog-off-canvas-main-canvas">
  <header role="banner" class="site-header">
    <a href="/" rel="home" class="site-logo"><img src="/themes/custom/{s['theme']}/logo.svg" alt="{attr(s['org'])}"></a>
    <nav role="navigation" aria-label="Hoofdnavigatie"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/vacatures">Vacatures</a></li><li><a href="/werken-bij">{esc(s['nav_about'])}</a></li><li><a href="/stages">Stages</a></li><li><a href="/contact">Contact</a></li></ul></nav>
  </header>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="region region-content">
      <article class="node node--type-vacature node--view-mode-full">
        <h1 class="page-title"><span class="field--name-title">{esc(p['title'])}</span></h1>
        <p class="lead">{esc(p['intro'])}</p>
        <div class="vacature-gegevens">
{facts}
        </div>
        <div class="field--name-body">
{body_html(p['sections'], indent='        ')}
        </div>
        <p><a class="button" href="/solliciteren?node={p.get('node', 2231)}">Solliciteren</a></p>
      </article>
      <div class="block-views-block-vacatures-block-2">
        <h2>Meer vacatures</h2>
{related}
      </div>
    </div>
  </main>
  <footer role="contentinfo" class="site-footer">
    <p>{esc(s['footer'])}</p>
    <ul class="menu"><li><a href="/privacyverklaring">Privacyverklaring</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li></ul>
  </footer>
</div>
</body>
</html>
"""


def tpl_wvn(p):
    """Werken voor Nederland (Rijksoverheid): icon facts, 'Kenmerk: …, Plaatsingsdatum: …'."""
    facts = "\n".join(
        f'        <li><span class="icon icon--{ic}" aria-hidden="true"></span><span class="sr-only">{esc(k)}</span> {v}</li>'
        for ic, k, v in p["facts"])  # v is pre-rendered HTML here
    related = "\n".join(f"""        <li class="vacancy-card">
          <a class="vacancy-card__link" href="/vacature/{i}"><h3 class="vacancy-card__title">{esc(t)}</h3></a>
          <p class="vacancy-card__org">{esc(org)}</p>
          <ul class="vacancy-card__facts">{''.join(f'<li>{esc(x)}</li>' for x in xs)}</ul>
        </li>""" for i, (t, org, xs) in enumerate(p["related"], start=p.get("rel_start", 4900)))
    return f"""<!DOCTYPE html>
<html lang="nl" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} | Werken voor Nederland</title>
<meta name="description" content="{meta_desc(p)}">
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(p['title'])}">
<meta property="og:url" content="{attr(p['canonical'])}">
<meta property="og:site_name" content="Werken voor Nederland">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="/static/css/main.{p.get('build', '6f1e2c')}.css">
<style>
  .sr-only{{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}}
  .job-facts{{list-style:none;padding:0;margin:0 0 1.5rem}}
  .cookie-notice{{position:fixed;bottom:0;left:0;right:0;background:#01689b;color:#fff;padding:1rem 2rem;z-index:999}}
{fill_css('wvn', 36, 101)}
</style>
{gtm('GTM-K7W2Q9X')}
<script>
/*<![CDATA[*/
(function() {{
  var sz = document.createElement('script'); sz.type = 'text/javascript'; sz.async = true;
  sz.src = '//siteimproveanalytics.com/js/siteanalyze_6021874.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(sz, s);
}})();
/*]]>*/
</script>
<script src="/static/js/app.{p.get('build', '6f1e2c')}.js" defer></script>
</head>
<body class="page-vacancy-detail">
{gtm_noscript('GTM-K7W2Q9X')}
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-live="polite" aria-label="Cookiemelding">
  <p>Werken voor Nederland gebruikt functionele en analytische cookies om de website goed te laten werken en te verbeteren. Met uw toestemming plaatsen we ook cookies om vacatures beter op uw interesses af te stemmen. <a href="/cookies">Lees meer over cookies</a>.</p>
  <button type="button" data-cookie-accept>Accepteren</button><button type="button" data-cookie-reject>Alleen noodzakelijke cookies</button>
</div>
<a class="skiplink" href="#main">Ga direct naar inhoud</a>
<header class="site-header">
  <div class="site-header__logo"><a href="/"><img src="/static/img/logo-rijksoverheid.svg" alt="Logo Rijksoverheid, naar de homepage"></a></div>
  <nav class="site-nav" aria-label="Hoofdmenu">
    <ul>
      <li><a href="/vacatures">Vacatures</a></li>
      <li><a href="/werken-bij-het-rijk">Werken bij het Rijk</a></li>
      <li><a href="/organisaties">Organisaties</a></li>
      <li><a href="/starters">Starters en traineeships</a></li>
      <li><a href="/mijn-account">Mijn account</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li><a href="/vacatures">Vacatures</a></li><li>{esc(p['title'])}</li></ol></nav>
<main id="main">
  <article class="vacancy">
    <header class="vacancy__header">
      <h1 class="vacancy__title">{esc(p['title'])}</h1>
      <p class="vacancy__organisation"><a href="/organisaties/{re.sub(r'[^a-z0-9]+', '-', p['employer'].lower())}">{esc(p['employer'])}</a></p>
      <ul class="job-facts">
{facts}
      </ul>
      <p class="vacancy__meta">Kenmerk: {esc(p['reference'])}, Plaatsingsdatum: {esc(p['posted_text'])}</p>
    </header>
    <section class="vacancy__section">
{body_html(p['sections'], indent='      ')}
    </section>
    <section class="vacancy__apply">
      <h2>Solliciteren?</h2>
      <p>{esc(p['employer'])} nodigt je uit op de eigen site te solliciteren. Via de knop hieronder verlaat je Werken voor Nederland.</p>
      <a class="button button--primary" href="{attr(p['apply'])}">Solliciteer direct</a>
    </section>
  </article>
  <aside class="related" aria-labelledby="related-title">
    <h2 id="related-title">Relevante vacatures</h2>
    <ul class="vacancy-list">
{related}
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <div class="site-footer__columns">
    <div><h2>Over deze site</h2><ul><li><a href="/over-werken-voor-nederland">Over Werken voor Nederland</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></div>
    <div><h2>Service</h2><ul><li><a href="/contact">Contact</a></li><li><a href="/veelgestelde-vragen">Veelgestelde vragen</a></li><li><a href="/vacaturemail">Vacaturemail</a></li></ul></div>
  </div>
  <p class="site-footer__tagline">De Rijksoverheid. Voor Nederland</p>
</footer>
</body>
</html>
"""


def tpl_wbdg(p):
    """Regional board werkenbijdegemeente.nl: one chrome for many gemeenten."""
    facts = "\n".join(f'          <li><span class="label">{esc(k)}</span> <span class="value">{esc(v)}</span></li>'
                      for k, v in p["facts"])
    related = "\n".join(f'        <li><a href="/vacature/{i}">{esc(t)}</a> <small>{esc(m)}</small></li>'
                        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 50210)))
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(p['title'])} | {esc(p['employer'])} | Werken bij de gemeente</title>
  <meta name="description" content="{meta_desc(p)}">
  <link rel="canonical" href="{attr(p['canonical'])}">
  <link rel="stylesheet" href="/css/wbdg.min.css?20251020">
  <style>
  .vac-kenmerken{{list-style:none;padding:0;columns:2}}
  .vac-kenmerken .label{{display:block;font-size:.8rem;color:#5a6b7b}}
  .vac-kenmerken .value{{font-weight:600}}
  #consentbox{{position:fixed;bottom:0;width:100%;background:#1d3557;color:#fff;padding:1rem}}
{fill_css('wbdg', 24, 57)}
  </style>
{gtm('GTM-WBDG55H')}
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" defer></script>
  <script src="/js/wbdg.min.js?20251020" defer></script>
</head>
<body>
{gtm_noscript('GTM-WBDG55H')}
<div id="consentbox" role="dialog" aria-label="Cookietoestemming">
  <p>Werken bij de gemeente gebruikt cookies voor statistieken en om vacatures van gemeenten in jouw regio te tonen. <a href="/cookieverklaring">Cookieverklaring</a></p>
  <button data-consent="all">Alle cookies</button> <button data-consent="min">Alleen noodzakelijk</button>
</div>
<header class="wbdg-header">
  <a href="/" class="wbdg-logo">Werken bij de gemeente</a>
  <nav><a href="/vacatures">Vacatures</a><a href="/gemeenten">Gemeenten</a><a href="/werkvelden">Werkvelden</a><a href="/starters">Starters</a><a href="/vacaturealert">Vacaturealert</a></nav>
</header>
<main class="wbdg-main">
  <div class="wbdg-vacature">
    <div class="wbdg-vacature__kop">
      <img src="/logos/{re.sub(r'[^a-z0-9]+', '-', p['employer'].lower())}.png" alt="Logo {attr(p['employer'])}" class="org-logo">
      <h1>{esc(p['title'])}</h1>
      <p class="org">{esc(p['employer'])}</p>
    </div>
    <div class="wbdg-vacature__feiten">
      <h2 class="visually-hidden">Kenmerken</h2>
      <ul class="vac-kenmerken">
{facts}
      </ul>
    </div>
    <div class="wbdg-vacature__tekst">
      <p class="intro"><strong>{esc(p['intro'])}</strong></p>
{body_html(p['sections'], h='h3', indent='      ')}
    </div>
    <a class="btn btn-solliciteer" href="{attr(p['canonical'])}/solliciteren">Solliciteer bij {esc(p['employer'])}</a>
  </div>
  <section class="wbdg-meer">
    <h2>Meer vacatures bij gemeenten in de regio</h2>
    <ul>
{related}
    </ul>
    <p><a href="/vacatures">Bekijk alle vacatures</a></p>
  </section>
</main>
<footer class="wbdg-footer"><p>Werken bij de gemeente is een initiatief van samenwerkende gemeenten in Oost-Nederland.</p><p><a href="/privacy">Privacy</a> · <a href="/cookieverklaring">Cookies</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def tpl_politie(p):
    facts = "\n".join(f"        <li><span>{esc(k)}</span> {esc(v)}</li>" for k, v in p["facts"])
    related = "\n".join(f'        <li><a href="/vacatures/{i}">{esc(t)}</a><p>{esc(m)}</p></li>'
                        for i, (t, m) in enumerate(p["related"], start=2025700))
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} | Kom bij de politie</title>
<meta name="description" content="{meta_desc(p)}">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="/Content/css/main.min.css?v=20251014">
<style>
.vacature-kenmerken li span{{display:inline-block;min-width:11rem;color:#004682;font-weight:700}}
#cookieconsent{{position:fixed;bottom:0;left:0;right:0;background:#004682;color:#fff;padding:1rem}}
{fill_css('pol', 24, 11)}
</style>
{gtm('GTM-PLT4R8M')}
<script src="/Scripts/bundle.min.js?v=20251014" defer></script>
</head>
<body>
{gtm_noscript('GTM-PLT4R8M')}
<div id="cookieconsent" role="dialog"><p>Kom bij de politie gebruikt cookies om de site te verbeteren en om je relevante vacatures te tonen. <a href="/cookies">Meer informatie</a></p><button>Accepteren</button> <button>Weigeren</button></div>
<header class="header"><a class="logo" href="/"><img src="/Content/img/logo-politie.svg" alt="Politie"></a>
<nav><ul><li><a href="/vacatures">Vacatures</a></li><li><a href="/werken-bij-de-politie">Werken bij de politie</a></li><li><a href="/opleidingen">Opleidingen</a></li><li><a href="/selectie">Selectieprocedure</a></li></ul></nav></header>
<main>
  <div class="vacature">
    <h1>{esc(p['title'])}</h1>
    <p class="eenheid">{esc(p['employer'])} · {esc(p['unit'])}</p>
    <div class="vacature-kenmerken">
      <ul>
{facts}
      </ul>
    </div>
    <div class="vacature__tekst">
      <p class="intro">{esc(p['intro'])}</p>
{body_html(p['sections'], indent='      ')}
    </div>
    <p><a class="button" href="{attr(p['canonical'])}/solliciteer">Solliciteer</a></p>
  </div>
  <section class="vacatures-gerelateerd">
    <h2>Bekijk ook</h2>
      <ul>
{related}
      </ul>
  </section>
</main>
<footer class="footer"><p>Politie. Waakzaam en dienstbaar.</p><p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/toegankelijkheid">Toegankelijkheid</a></p></footer>
</body>
</html>
"""


def tpl_org(p):
    """Plain organisation careers site: facts in an <aside> list of label/value rows."""
    s = p["site"]
    facts = "\n".join(f'        <div class="row"><span class="k">{esc(k)}</span><span class="v">{esc(v)}</span></div>'
                      for k, v in p["facts"])
    related = "\n".join(f'        <li><a href="/vacatures/{i}">{esc(t)}</a> <span>{esc(m)}</span></li>'
                        for i, (t, m) in enumerate(p["related"], start=p.get("rel_start", 610)))
    return f"""<!DOCTYPE html>
<html lang="{p.get('lang', 'nl')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p['title'])} - {esc(s['name'])}</title>
<meta name="description" content="{meta_desc(p)}">
<meta property="og:title" content="{attr(p['title'])}">
<meta property="og:site_name" content="{attr(s['name'])}">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="/assets/{s['css']}/styles.css?v=31">
<style>
.feiten .row{{display:flex;justify-content:space-between;padding:.4rem 0;border-bottom:1px dotted #bbb}}
.feiten .k{{color:#555}}
.feiten .v{{font-weight:600;text-align:right}}
.consent{{position:fixed;left:0;right:0;bottom:0;background:{s['color']};color:#fff;padding:1rem 2rem}}
{fill_css(s['css'], 26, s['seed'])}
</style>
{gtm(s['gtm'])}
<script src="/assets/{s['css']}/bundle.js?v=31" defer></script>
</head>
<body>
{gtm_noscript(s['gtm'])}
<div class="consent" role="dialog" aria-label="{attr(s['cookie_label'])}"><p>{esc(s['cookie_text'])}</p><button>{esc(s['cookie_ok'])}</button> <button>{esc(s['cookie_no'])}</button></div>
<header class="top"><a class="top__logo" href="/">{esc(s['name'])}</a>
  <nav class="top__nav">{''.join(f'<a href="/{re.sub(r"[^a-z0-9]+", "-", x.lower())}">{esc(x)}</a>' for x in s['nav'])}</nav>
</header>
<main class="content">
  <div class="grid">
    <article class="job">
      <h1>{esc(p['title'])}</h1>
      <p class="job__org">{esc(p['employer'])}</p>
      <p class="job__intro">{esc(p['intro'])}</p>
{body_html(p['sections'], indent='      ')}
      <p><a class="btn" href="{attr(p['canonical'])}/apply">{esc(s['apply'])}</a></p>
    </article>
    <aside class="feiten" aria-label="{attr(s['facts_label'])}">
      <h2>{esc(s['facts_label'])}</h2>
{facts}
    </aside>
  </div>
  <section class="related">
    <h2>{esc(s['related_label'])}</h2>
      <ul>
{related}
      </ul>
  </section>
</main>
<footer class="bottom"><p>{esc(s['footer'])}</p></footer>
</body>
</html>
"""


def tpl_detachering(p):
    """Invented detachering agency; the employer is the client gemeente."""
    facts = "\n".join(f"        <li><b>{esc(k)}</b> {esc(v)}</li>" for k, v in p["facts"])
    related = "\n".join(f'      <div class="job-teaser"><a href="/vacatures/{i}">{esc(t)}</a><p>{esc(m)}</p></div>'
                        for i, (t, m) in enumerate(p["related"], start=7710))
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vacature {esc(p['title'])} ({esc(p['city'])}) | Brinkhof Detachering</title>
<meta name="description" content="{meta_desc(p)}">
<link rel="canonical" href="{attr(p['canonical'])}">
<link rel="stylesheet" href="/wp-content/themes/brinkhof/style.css?ver=4.1">
<style>
.usp-list b{{display:inline-block;width:9rem}}
#bh-cookie{{position:fixed;bottom:0;left:0;right:0;background:#f26b21;color:#fff;padding:1rem}}
{fill_css('bh', 22, 23)}
</style>
{gtm('GTM-BRH6T2Z')}
<script src="/wp-content/themes/brinkhof/js/main.js?ver=4.1" defer></script>
<script src="https://widget.trustpilot.example/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>
</head>
<body class="single-vacature">
{gtm_noscript('GTM-BRH6T2Z')}
<div id="bh-cookie" role="dialog"><p>Brinkhof gebruikt cookies om je een betere ervaring te geven. <a href="/cookies">Lees meer</a></p><button>Oké</button></div>
<header class="bh-header"><a href="/" class="bh-logo">Brinkhof Detachering</a>
<nav><a href="/vacatures">Vacatures</a><a href="/detacheren">Detacheren</a><a href="/opdrachtgevers">Voor opdrachtgevers</a><a href="/over-brinkhof">Over Brinkhof</a><a href="/contact">Contact</a></nav></header>
<main>
  <section class="bh-hero"><h1>{esc(p['title'])}</h1><p>Bij {esc(p['employer'])} in {esc(p['city'])}</p></section>
  <div class="bh-columns">
    <div class="bh-text">
      <p><em>{esc(p['intro'])}</em></p>
{body_html(p['sections'], indent='      ')}
    </div>
    <aside class="bh-side">
      <h2>In het kort</h2>
      <ul class="usp-list">
{facts}
      </ul>
      <a class="bh-btn" href="{attr(p['canonical'])}#solliciteer">Reageer direct</a>
      <div class="bh-consultant"><h3>Jouw consultant</h3><p>{esc(p['consultant'])}</p></div>
    </aside>
  </div>
  <section class="bh-related">
    <h2>Meer detacheringsvacatures</h2>
{related}
  </section>
</main>
<footer class="bh-footer"><p>Brinkhof Detachering B.V. · Haarlem</p><p><a href="/privacy">Privacy</a> · <a href="/voorwaarden">Voorwaarden</a></p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- sites

SITES = {
    "arnhem": dict(name="Werken bij Gemeente Arnhem", host="werkenbij.arnhem.nl", color="#c4002b", css="arn", seed=118,
                   gtm="GTM-ARN5Q2L", nav_about="Werken bij Arnhem",
                   footer="Gemeente Arnhem · Postbus 9029 · 6800 EL Arnhem"),
    "breda": dict(name="Werken bij Breda", host="werkenbij.breda.nl", color="#a6192e", css="bda", seed=76,
                  gtm="GTM-BDA81KX", nav_about="Werken bij de gemeente Breda",
                  footer="Gemeente Breda · Postbus 90156 · 4800 RH Breda"),
    "zwolle": dict(name="Werken bij Zwolle", host="werkenbij.zwolle.nl", theme="zwolle2024", color="#0069b4", css="zw",
                   seed=38, gtm="GTM-ZWL2T7C", nav_about="Werken bij de gemeente",
                   footer="Gemeente Zwolle · Postbus 10007 · 8000 GA Zwolle"),
    "leeuwarden": dict(name="Werken bij Leeuwarden", host="werkenbij.leeuwarden.nl", theme="ljouwert", color="#d5001c",
                       css="lw", seed=58, gtm="GTM-LWD3M6A", nav_about="Werken bij de gemeente",
                       footer="Gemeente Leeuwarden · Postbus 21000 · 8900 JA Leeuwarden"),
    "groningen": dict(name="Werken bij Gemeente Groningen", host="werkenbij.groningen.nl", theme="stad", color="#e2001a",
                      css="gr", seed=50, gtm="GTM-GRN9P1D", nav_about="Werken bij de gemeente",
                      footer="Gemeente Groningen · Postbus 30026 · 9700 RM Groningen"),
    "amersfoort": dict(name="Werken voor Amersfoort", host="werkenvoor.amersfoort.nl", color="#e3051b", css="amf",
                       seed=33, gtm="GTM-AMF6Z0R",
                       footer="Gemeente Amersfoort · Postbus 4000 · 3800 EA Amersfoort"),
    "vallei": dict(name="Werken bij Waterschap Vallei en Veluwe", org="Waterschap Vallei en Veluwe",
                   host="werkenbij.vallei-veluwe.nl", theme="vv", color="#00638a", css="vv", seed=55,
                   gtm="GTM-VV7R2NQ", nav_about="Werken bij het waterschap",
                   footer="Waterschap Vallei en Veluwe · Postbus 4142 · 7320 AC Apeldoorn"),
    "flevoland": dict(name="Werken bij Provincie Flevoland", org="Provincie Flevoland", host="werkenbij.flevoland.nl",
                      theme="flevo", color="#7ab800", css="fl", seed=320, gtm="GTM-FLV2K9S",
                      nav_about="Werken bij de provincie",
                      footer="Provincie Flevoland · Postbus 55 · 8200 AB Lelystad"),
    "zeeland": dict(name="Werken bij Provincie Zeeland", org="Provincie Zeeland", host="werkenbij.zeeland.nl",
                    theme="zld", color="#005ca9", css="zl", seed=118, gtm="GTM-ZLD4C3V",
                    nav_about="Werken bij de provincie",
                    footer="Provincie Zeeland · Postbus 6001 · 4330 LA Middelburg"),
    "uwv": dict(name="Werken bij UWV", css="uwv", color="#1d8db0", seed=9, gtm="GTM-UWV2W8X",
                cookie_label="Cookies", cookie_text="UWV gebruikt cookies om werkenbijuwv.nl goed te laten werken en het gebruik te meten.",
                cookie_ok="Akkoord", cookie_no="Weigeren", nav=["Vacatures", "Werken bij UWV", "Traineeships", "Sollicitatieprocedure"],
                apply="Solliciteer", facts_label="Kenmerken", related_label="Vergelijkbare vacatures",
                footer="UWV · Werken bij UWV · Privacy · Cookies · Toegankelijkheid"),
    "hva": dict(name="Werken bij de HvA", css="hva", color="#25167a", seed=21, gtm="GTM-HVA1N4D",
                cookie_label="Cookies", cookie_text="Deze website gebruikt cookies. Door verder te gaan ga je akkoord met ons cookiebeleid.",
                cookie_ok="Akkoord", cookie_no="Instellingen", nav=["Vacatures", "Werken bij de HvA", "Faculteiten", "Arbeidsvoorwaarden"],
                apply="Solliciteer", facts_label="Over de vacature", related_label="Andere vacatures bij de HvA",
                footer="Hogeschool van Amsterdam · Privacy · Cookies · Disclaimer"),
    "rechtspraak": dict(name="Werken bij de Rechtspraak", css="rs", color="#154273", seed=43, gtm="GTM-RSP5Y2H",
                        cookie_label="Cookiemelding", cookie_text="Werkenbijderechtspraak.nl gebruikt alleen functionele en anonieme analytische cookies.",
                        cookie_ok="Begrepen", cookie_no="Meer informatie", nav=["Vacatures", "Werken bij de Rechtspraak", "Opleidingen", "Organisatie"],
                        apply="Solliciteer direct", facts_label="Vacaturegegevens", related_label="Andere vacatures bij de Rechtspraak",
                        footer="De Rechtspraak · Postbus 90613 · 2509 LP Den Haag"),
    "tue": dict(name="Working at TU/e", css="tue", color="#c72125", seed=36, gtm="GTM-TUE8C1B",
                cookie_label="Cookie consent", cookie_text="TU/e uses cookies to make this website work and to measure its use. We only place marketing cookies with your consent.",
                cookie_ok="Accept all", cookie_no="Only essential", nav=["Vacancies", "Working at TU/e", "PhD at TU/e", "International staff"],
                apply="Apply now", facts_label="Job details", related_label="Other vacancies",
                footer="Eindhoven University of Technology · PO Box 513 · 5600 MB Eindhoven"),
}


# --------------------------------------------------------------------------- pages
# Every page is a dict: doc_id, group, notes, text (file content), ext, check (title,
# employer, city as printed). doc_ids start with the night (n1_/n2_/n3_).

PAGES = []


def page(doc_id, group, notes, content, check, ext="html"):
    PAGES.append(dict(doc_id=doc_id, group=group, notes=notes, content=content, check=check, ext=ext))


# ---- A: Gemeente Arnhem, Adviseur warmtetransitie, ARN-2025-118, three sites, night 1

A_WHAT_P1 = ("In Arnhem staan ruim 70.000 woningen, van vooroorlogse bovenwoningen in de oude wijken tot de flats "
             "uit de jaren zestig aan de rand van de stad. Voor al die woningen moet de komende vijftien jaar een "
             "alternatief voor aardgas komen. Het team Energietransitie werkt daarvoor met wijkuitvoeringsplannen: per "
             "wijk zoeken we samen met bewoners naar de beste oplossing, van een warmtenet tot all-electric.")
A_WHAT_P2 = ("Als adviseur warmtetransitie ben je verantwoordelijk voor de aanpak in twee of drie wijken. Je werkt "
             "daarbij nauw samen met de wijkteams, de Arnhemse woningcorporaties, de netbeheerder en het energieloket.")
A_WHAT_P2_BROKER = ("In deze rol word je verantwoordelijk voor de aanpak in twee tot drie Arnhemse wijken. Je werkt "
                    "daarbij nauw samen met de wijkteams, de Arnhemse woningcorporaties, de netbeheerder en het energieloket.")
A_DUTIES = [
    "je stelt wijkuitvoeringsplannen op en legt ze voor aan het college en de gemeenteraad;",
    "je organiseert bewonersavonden en keukentafelgesprekken, samen met het energieloket;",
    "je maakt afspraken met de netbeheerder en het warmtebedrijf over planning en aansluitvoorwaarden;",
    "je bewaakt de budgetten uit het Nationaal Programma Lokale Warmtetransitie en legt daarover verantwoording af;",
    "je adviseert de wethouder Energie over voortgang, kosten en risico's.",
]
A_WHO_P1 = ("Je hebt een afgeronde opleiding op hbo- of wo-niveau, bijvoorbeeld in energietechniek, planologie of "
            "bestuurskunde. Je hebt minimaal 3 jaar ervaring met projecten in de gebouwde omgeving, bij voorkeur bij "
            "een gemeente of woningcorporatie. Je bent technisch onderlegd genoeg om met installateurs en netbeheerders "
            "te praten, en je legt net zo makkelijk aan een bewoner uit wat een warmtenet voor de maandlasten betekent.")
A_WHO_P2 = ("Je bent geduldig als het nodig is en doortastend als het kan. Weerstand in een wijk zie je niet als een "
            "probleem, maar als informatie.")
A_WHO_P2_BROKER = ("Je bent geduldig waar dat nodig is en doortastend waar het kan. Weerstand in een wijk zie je niet "
                   "als een probleem, maar als informatie.")
A_OFFER = [
    "een salaris van minimaal € 4.221 en maximaal € 6.110 bruto per maand (schaal 11) bij een 36-urige werkweek;",
    "een tijdelijk contract voor twee jaar, met uitzicht op een vaste aanstelling;",
    "een Individueel Keuzebudget van 17,05% van je salaris;",
    "een laptop, een telefoon en een thuiswerkvergoeding;",
    "ruimte voor opleiding, bijvoorbeeld een leergang over de lokale warmtetransitie.",
]
A_TEAM = ("Het team Energietransitie valt binnen de afdeling Duurzaamheid en telt zestien collega's: adviseurs, "
          "projectleiders, een communicatieadviseur en twee energiecoaches. We werken vanuit het stadhuis in het "
          "centrum, op loopafstand van station Arnhem Centraal, en een flink deel van de week in de wijken.")
A_APPLY = ("Solliciteren kan tot en met 16 november 2025 via de knop op deze pagina. De eerste gesprekken zijn op 24 "
           "en 25 november 2025. Een referentiecheck en een Verklaring Omtrent het Gedrag maken deel uit van de procedure.")
A_CONTACT = ("Heb je vragen over de functie? Bel Marloes ten Hove, teamleider Energietransitie, via 06-38201477. Voor "
             "vragen over de procedure kun je terecht bij Ruben Kaya, recruiter, via 026-3770215.")


def a_sections(broker=False):
    if broker:
        return [
            (None, ["Voor onze opdrachtgever, de gemeente Arnhem, zijn wij op zoek naar een adviseur warmtetransitie. "
                    "Lindeboom verzorgt de werving en selectie voor deze functie; je komt direct in dienst van de "
                    "gemeente. Wij kennen het team goed en vertellen je graag meer over de werksfeer."]),
            ("Wat ga je doen?", [A_WHAT_P1, A_WHAT_P2_BROKER, A_DUTIES]),
            ("Wie ben jij?", [A_WHO_P1, A_WHO_P2_BROKER]),
            ("Wat biedt de gemeente Arnhem?", [A_OFFER]),
            ("Over de afdeling", [A_TEAM]),
            ("Solliciteren", [A_APPLY,
                            "Wil je eerst sparren over de functie? Onze consultant Ilse Wagenaar vertelt je er graag "
                            "meer over: 06-19283746."]),
        ]
    return [
        ("Wat ga je doen?", [A_WHAT_P1, A_WHAT_P2, A_DUTIES]),
        ("Wie ben jij?", [A_WHO_P1, A_WHO_P2]),
        ("Wat bieden wij?", [A_OFFER]),
        ("Over de afdeling", [A_TEAM]),
        ("Solliciteren", [A_APPLY, A_CONTACT]),
    ]


A_INTRO = ("Arnhem wil in 2040 aardgasvrij zijn. Dat lukt alleen als bewoners, woningcorporaties en netbeheerders "
           "samen optrekken. Help jij de wijken op weg?")
A_TITLE, A_EMP = "Adviseur warmtetransitie", "Gemeente Arnhem"

page("n1_werkenbijarnhem_adviseur_warmtetransitie", "A",
     "employer's own site; reference in the facts table 'Vacaturenummer: ARN-2025-118'",
     tpl_gemeente_table(dict(
         site=SITES["arnhem"], title=A_TITLE, employer=A_EMP, intro=A_INTRO,
         canonical="https://werkenbij.arnhem.nl/vacatures/adviseur-warmtetransitie-arn-2025-118",
         desc="Werk als adviseur warmtetransitie bij de gemeente Arnhem aan aardgasvrije wijken. 32-36 uur, schaal 11.",
         facts=[("Organisatie", "Gemeente Arnhem"), ("Afdeling", "Duurzaamheid, team Energietransitie"),
                ("Standplaats", "Arnhem"), ("Uren per week", "32 - 36 uur"),
                ("Salaris", "€ 4.221 - € 6.110 bruto per maand"), ("Salarisschaal", "11"),
                ("Opleidingsniveau", "hbo / wo"), ("Dienstverband", "Tijdelijk, met uitzicht op vast"),
                ("Vacaturenummer", "ARN-2025-118"), ("Publicatiedatum", nl_long("2025-10-27")),
                ("Sluitingsdatum", nl_long("2025-11-16"))],
         sections=a_sections(),
         related=[("Projectleider aardgasvrije wijken", "Arnhem · 36 uur · schaal 12 · Sluitingsdatum 23 november 2025"),
                  ("Energiecoach", "Arnhem · 24 uur · schaal 8 · Sluitingsdatum 12 november 2025"),
                  ("Beleidsadviseur klimaatadaptatie", "Arnhem · 32 - 36 uur · schaal 11 · Sluitingsdatum 30 november 2025")])),
     (A_TITLE, A_EMP, "Arnhem"))

A_LD = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": A_TITLE,
    "description": "<p>" + A_INTRO + "</p><p>" + A_WHAT_P2 + "</p>",
    "identifier": {"@type": "PropertyValue", "name": "Gemeente Arnhem", "value": "ARN-2025-118"},
    "datePosted": "2025-10-27T10:15:00+01:00",
    "validThrough": "2025-11-16T23:59:00+01:00",
    "employmentType": ["FULL_TIME", "PART_TIME"],
    "hiringOrganization": {"@type": "Organization", "name": "Gemeente Arnhem", "sameAs": "https://www.arnhem.nl"},
    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Arnhem",
                                                  "addressRegion": "Gelderland", "addressCountry": "NL"}},
    "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                   "value": {"@type": "QuantitativeValue", "minValue": 4221, "maxValue": 6110, "unitText": "MONTH"}},
    "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "HBO"},
    "workHours": "32-36 uur per week",
}

page("n1_publiekbanen_adviseur_warmtetransitie", "A",
     "national board; reference only in JSON-LD identifier ARN-2025-118 (hiringOrganization Gemeente Arnhem); text copied from the employer site",
     tpl_publiekbanen(dict(
         title=A_TITLE, employer=A_EMP, province="Gelderland", province_slug="gelderland",
         canonical="https://www.publiekbanen.nl/vacature/775318/adviseur-warmtetransitie",
         desc="Vacature Adviseur warmtetransitie bij Gemeente Arnhem in Arnhem. 32-36 uur, schaal 11.",
         jsonld=A_LD,
         facts=[("Plaats", "Arnhem"), ("Uren per week", "32 - 36 uur"), ("Salaris", "€ 4.221 - € 6.110 bruto per maand"),
                ("Schaal", "schaal 11"), ("Opleiding", "HBO, WO"), ("Dienstverband", "Tijdelijk met uitzicht op vast")],
         dates_line="Geplaatst: 27 okt 2025 · Reageren uiterlijk 16 november 2025",
         sections=[(None, [A_INTRO])] + a_sections(),
         related=[("Medewerker Burgerzaken", "Gemeente Zutphen · Zutphen · 24-32 uur · schaal 7 · Reageren uiterlijk 14 november 2025"),
                  ("Adviseur energietransitie bedrijven", "Omgevingsdienst Regio Arnhem · Arnhem · 36 uur · schaal 10 · Geplaatst 21 okt 2025"),
                  ("Projectleider warmtenetten", "Gemeente Nijmegen · Nijmegen · 36 uur · schaal 12 · Tijdelijk")])),
     (A_TITLE, A_EMP, "Arnhem"))

page("n1_lindeboom_adviseur_warmtetransitie", "A",
     "recruitment/interim broker; NO reference; broker intro added, two sentences reworded, contact paragraph replaced; same title/employer/city/hours/salary; posted a day later (28-10-2025)",
     tpl_lindeboom(dict(
         title=A_TITLE, employer=A_EMP, city="Arnhem",
         canonical="https://www.lindeboom-interim.nl/vacatures/adviseur-warmtetransitie-arnhem",
         desc="Lindeboom zoekt voor de gemeente Arnhem een adviseur warmtetransitie (32-36 uur).",
         facts=[("Opdrachtgever", "Gemeente Arnhem"), ("Locatie", "Arnhem"), ("Uren per week", "32 - 36 uur"),
                ("Salaris", "€ 4.221 - € 6.110 bruto per maand"), ("Schaal", "11"), ("Opleiding", "hbo / wo"),
                ("Dienstverband", "Tijdelijk met uitzicht op vast, in dienst van de gemeente"),
                ("Geplaatst", dmy("2025-10-28")), ("Reageren voor", dmy("2025-11-16")), ("Consultant", "Ilse Wagenaar")],
         sections=a_sections(broker=True),
         related=[("Interim projectleider Omgevingswet", "Gemeente Ede · Ede · 32 uur · max. € 105 per uur · Reageren voor 10-11-2025"),
                  ("Senior beleidsadviseur wonen", "Gemeente Apeldoorn · Apeldoorn · 36 uur · schaal 12 · vast"),
                  ("Adviseur duurzame mobiliteit", "Provincie Gelderland · Arnhem · 32-36 uur · schaal 11 · Reageren voor 21-11-2025")])),
     (A_TITLE, A_EMP, "Arnhem"))


# ---- B: Waterschap Vallei en Veluwe, Adviseur ecologie en waterkwaliteit, two sites, night 2, no reference

B_TITLE, B_EMP = "Adviseur ecologie en waterkwaliteit", "Waterschap Vallei en Veluwe"
B_P1 = ("Het beheergebied van Waterschap Vallei en Veluwe loopt van de Veluwe tot de Gelderse Vallei en de "
        "randmeren. In de beken en sloten leven vissen, waterplanten en macrofauna die gevoelig zijn voor te veel "
        "meststoffen, te weinig water of een rechtgetrokken loop. Als adviseur ecologie en waterkwaliteit zorg je "
        "ervoor dat de doelen van de Kaderrichtlijn Water binnen bereik blijven.")
B_P2 = ("Je beoordeelt meetgegevens, adviseert bij beekherstelprojecten en denkt mee over het maaibeheer. Je bent de "
        "inhoudelijke sparringpartner van projectleiders en gebiedsadviseurs, en je legt aan agrariërs en "
        "terreinbeheerders uit waarom een bufferstrook ertoe doet.")
B_DUTIES = [
    "je schrijft ecologische adviezen bij inrichtingsprojecten en vergunningaanvragen;",
    "je analyseert de resultaten van het biologisch meetnet en vertaalt ze naar maatregelen;",
    "je levert input voor het waterbeheerprogramma en voor de rapportages aan de provincie;",
    "je werkt samen met collega-waterschappen en met terreinbeherende organisaties.",
]
B_ASK = [
    "een afgeronde hbo-opleiding in ecologie, bos- en natuurbeheer of watermanagement;",
    "minimaal 2 jaar ervaring als ecoloog of adviseur waterkwaliteit;",
    "kennis van de KRW-systematiek en ervaring met ecologische beoordelingen;",
    "rijbewijs B, want je bent regelmatig in het veld.",
]
B_OFFER = ("Een vaste aanstelling voor 36 uur per week en een salaris van maximaal € 5.331 bruto per maand (schaal 10, "
           "minimum € 3.672). Daarnaast ontvang je een Individueel Keuzebudget van 17,05% en kun je gebruikmaken van "
           "onze fietsregeling. Je werkt vanuit ons kantoor in Apeldoorn en deels thuis.")
B_MORE = ("Bel met Femke Roeterdink, teamleider Ecologie, via 055-5270918. Solliciteren kan tot en met 20 november "
          "2025. De gesprekken vinden plaats op 27 november 2025.")


def b_sections(variant):
    ask = list(B_ASK)
    more = B_MORE
    if variant == "magnet":
        ask[3] = "rijbewijs B (je bent geregeld in het veld)."
        more = ("Vragen? Neem contact op met Femke Roeterdink, teamleider Ecologie, via 055-5270918. Solliciteren kan "
                "tot en met 20 november 2025. De gesprekken vinden plaats op 27 november 2025.")
    return [
        ("Wat ga je doen?", [B_P1, B_P2, B_DUTIES]),
        ("Wat vragen wij?", [ask]),
        ("Wat bieden wij?", [B_OFFER]),
        ("Meer weten?", [more]),
    ]


page("n2_vallei_veluwe_adviseur_ecologie", "B",
     "waterschap's own site (Drupal, <strong>Label:</strong><br>value); no reference",
     tpl_drupal(dict(
         site=SITES["vallei"], title=B_TITLE, employer=B_EMP, node=3187,
         intro="Schoon water en een rijke natuur in beken en sloten: daar werk jij aan.",
         canonical="https://werkenbij.vallei-veluwe.nl/vacatures/adviseur-ecologie-en-waterkwaliteit",
         facts=[("Organisatie", B_EMP), ("Werklocatie", "Apeldoorn"), ("Uren per week", "36"),
                ("Salaris", "€ 3.672 - € 5.331 bruto per maand"), ("Salarisschaal", "10"), ("Opleiding", "hbo"),
                ("Soort dienstverband", "Vast"), ("Geplaatst op", nl_long("2025-10-30")),
                ("Sluitingsdatum", nl_long("2025-11-20"))],
         sections=b_sections("own"),
         related=[("Hydroloog grondwater", "Apeldoorn · 36 uur · schaal 11 · solliciteren tot en met 13 november 2025"),
                  ("Medewerker peilbeheer", "Harderwijk · 32-36 uur · schaal 8"),
                  ("Adviseur waterketen", "Apeldoorn · 36 uur · schaal 10 · solliciteren tot en met 27 november 2025")])),
     (B_TITLE, B_EMP, "Apeldoorn"))

page("n2_magnetme_adviseur_ecologie_waterkwaliteit", "B",
     "magnet.me-style board (English chrome, Dutch text); no reference; different intro line, two sentences edited",
     tpl_magnet(dict(
         title=B_TITLE, employer=B_EMP, city="Apeldoorn", company_size="700 employees",
         posted_text=en_long("2025-10-30"),
         intro="Wil jij met je kennis van ecologie bijdragen aan gezonde beken op de Veluwe en in de Gelderse Vallei?",
         canonical="https://magnet.me/en/opportunity/934772/adviseur-ecologie-en-waterkwaliteit",
         facts=[("Work experience", "2 to 5 years"), ("Full-time / part-time", "Full-time"),
                ("Job function", "Environment, Water management"), ("Location", "Apeldoorn"),
                ("Hours", "36 per week"), ("Salary", "€3,672 - €5,331 per month"), ("Degree level", "Bachelor"),
                ("Required language", "Dutch (Fluent)"), ("Deadline", en_long("2025-11-20"))],
         sections=b_sections("magnet"),
         related=[("Ecoloog natuurvergunningen", "Provincie Gelderland · Arnhem · €3,918 - €5,642 per month · Deadline 16 November 2025"),
                  ("Adviseur waterkwaliteit", "Waterschap Rijn en IJssel · Doetinchem · €3,600 - €5,250 per month · Deadline 23 November 2025"),
                  ("Junior beleidsmedewerker natuur", "Gemeente Ede · Ede · €3,100 - €4,300 per month · Deadline 14 November 2025")])),
     (B_TITLE, B_EMP, "Apeldoorn"))


# ---- C: Gemeente Zwolle, Toezichthouder openbare ruimte (boa), same site on all three nights, no reference

C_TITLE, C_EMP = "Toezichthouder openbare ruimte (boa)", "Gemeente Zwolle"
C_SECTIONS = [
    ("De functie", [
        "Als toezichthouder openbare ruimte ben je de ogen en oren van de gemeente op straat. Je spreekt mensen aan "
        "op afval naast de container, op fietsen die de stoep blokkeren en op overlast in parken. Meestal lukt het met "
        "een goed gesprek; soms schrijf je een proces-verbaal. Je werkt in wisselende diensten, ook 's avonds en in "
        "het weekend, samen met een vaste collega.",
        "Je maakt deel uit van het team Handhaving Openbare Ruimte, dat bestaat uit 28 boa's en twee coördinatoren. "
        "Tijdens evenementen en op koopzondagen ben je extra zichtbaar in de binnenstad."]),
    ("Wat vragen wij?", [[
        "een afgeronde mbo-opleiding op niveau 4, bijvoorbeeld Handhaving, Toezicht en Veiligheid;",
        "een geldig boa-diploma domein I, of de bereidheid dit binnen een jaar te halen;",
        "je bent stevig in je schoenen en blijft rustig als het spannend wordt;",
        "je bent bereid om onregelmatig te werken."]]),
    ("Wat bieden wij?", [[
        "een salaris van € 3.149 tot € 4.303 bruto per maand (schaal 8) bij 36 uur;",
        "een jaarcontract met de intentie om dit om te zetten in een vaste aanstelling;",
        "een Individueel Keuzebudget van 17,05%;",
        "uniform, uitrusting en een goede opleiding tot boa."]]),
    ("Interesse?", [
        "Reageer uiterlijk 8 november 2025. De gesprekken zijn op 13 en 14 november. Vragen? Bel met Dennis "
        "Oosterhof, coördinator Handhaving, via 038-4981562."]),
]
C_RELATED = [("Coördinator handhaving", "Zwolle · 36 uur · schaal 9 · Reageren voor 17 november 2025"),
             ("Parkeercontroleur", "Zwolle · 24 - 32 uur · schaal 6 · Reageren voor 12 november 2025"),
             ("Medewerker meldingen openbare ruimte", "Zwolle · 32 uur · schaal 7 · Reageren voor 21 november 2025")]


def c_page(night, build, nonce, salary, badge=None, related=C_RELATED):
    return tpl_gemeente_dl(dict(
        site=SITES["zwolle"], title=C_TITLE, employer=C_EMP, build=build, nonce=nonce, badge=badge,
        intro="Jij zorgt ervoor dat Zwolle schoon, heel en veilig blijft.",
        canonical="https://werkenbij.zwolle.nl/vacatures/toezichthouder-openbare-ruimte-boa/",
        desc="Als toezichthouder openbare ruimte (boa) houd je Zwolle schoon, heel en veilig. 36 uur, schaal 8.",
        facts=[("Organisatie", C_EMP), ("Afdeling", "Veiligheid, team Handhaving Openbare Ruimte"),
               ("Standplaats", "Zwolle"), ("Uren per week", "36"), ("Salaris", salary), ("Schaal", "8"),
               ("Opleidingsniveau", "mbo 4"), ("Dienstverband", "Jaarcontract met intentie tot vast"),
               ("Geplaatst op", nl_long("2025-10-20")), ("Reageren voor", nl_long("2025-11-08"))],
        sections=C_SECTIONS, related=related))


page("n1_werkenbijzwolle_toezichthouder_openbare_ruimte", "C",
     "night 1 crawl of the Zwolle page; no reference",
     c_page("n1", "2.9.0", "8d1f4a20c3", "€ 3.149 - € 4.303 bruto per maand"),
     (C_TITLE, C_EMP, "Zwolle"))
page("n2_werkenbijzwolle_toezichthouder_openbare_ruimte", "C",
     "night 2: visible text identical to night 1 (only a script ?ver= and a hidden nonce differ): tier 2 content hash",
     c_page("n2", "2.9.1", "e5b7092d1f", "€ 3.149 - € 4.303 bruto per maand"),
     (C_TITLE, C_EMP, "Zwolle"))
page("n3_werkenbijzwolle_toezichthouder_openbare_ruimte", "C",
     "night 3: adds badge 'Nog 3 dagen' and the salary fact is reformatted; otherwise as night 1",
     c_page("n3", "2.9.1", "0a66c3e81b", "min. €3.149 en max. €4.303 bruto p/m", badge="Nog 3 dagen"),
     (C_TITLE, C_EMP, "Zwolle"))


# ---- D: ILT, Data-analist toezicht, werkenvoornederland, nights 1 and 3 (missed on night 2)

D_TITLE, D_EMP = "Data-analist toezicht", "Inspectie Leefomgeving en Transport"
D_SECTIONS = [
    (None, ["De Inspectie Leefomgeving en Transport (ILT) houdt toezicht op de veiligheid van transport, wonen en "
            "milieu. Steeds vaker kiezen we op basis van data welke bedrijven we bezoeken. Daarvoor zoeken we een "
            "data-analist die ons toezicht slimmer maakt."]),
    ("Wat ga je doen?", [
        "Je werkt in het team Informatiegestuurd Toezicht. Je koppelt gegevens uit vergunningen, meldingen en eerdere "
        "inspecties en bouwt risicomodellen die inspecteurs helpen kiezen. Je zorgt dat je analyses uitlegbaar zijn: "
        "een inspecteur moet kunnen begrijpen waarom een bedrijf bovenaan de lijst staat.",
        ["je ontwikkelt en onderhoudt risicomodellen in Python en SQL;",
         "je maakt dashboards voor de teams die toezicht houden op afvaltransport en luchtvaart;",
         "je toetst modellen op bias en legt de keuzes vast in het algoritmeregister;",
         "je werkt samen met privacyjuristen en de functionaris gegevensbescherming."]]),
    ("Wat vragen wij?", [[
        "een afgeronde hbo-opleiding in data science, econometrie, informatica of een vergelijkbare richting;",
        "minimaal 2 jaar ervaring als data-analist;",
        "goede kennis van Python, SQL en statistiek;",
        "je kunt technische uitkomsten helder uitleggen aan collega's zonder technische achtergrond."]]),
    ("Wat bieden wij?", [
        "Je krijgt een arbeidsovereenkomst voor een jaar, met uitzicht op een arbeidsovereenkomst voor onbepaalde "
        "tijd. Daarnaast bieden we een Individueel Keuzebudget van 16,37%, een volledige vergoeding van je reiskosten "
        "met het openbaar vervoer en flexibele werktijden."]),
    ("Bijzonderheden", [
        "De gesprekken vinden plaats op 26 november 2025. Een Verklaring Omtrent het Gedrag is vereist.",
        "Meer weten over de functie? Bel Hanneke Dijkstra, teamleider Informatiegestuurd Toezicht, via 06-47120983."]),
]


def d_page(days_left, related):
    return tpl_wvn(dict(
        title=D_TITLE, employer=D_EMP, reference="5187", posted_text=nl_long("2025-10-29"),
        canonical="https://www.werkenvoornederland.nl/vacatures/data-analist-toezicht-ILT-5187",
        apply="https://werkenbij.ilent.nl/vacature/5187",
        desc="Als data-analist bij de ILT maak je het toezicht slimmer met risicomodellen.",
        facts=[("location", "Standplaats", "Utrecht"), ("education", "Opleidingsniveau", "HBO"),
               ("hours", "Uren per week", "36 uur"),
               ("scale", "Salarisschaal", 'schaal 10<br><span class="job-facts__salary">€3.674 - €5.496 (bruto)</span>'),
               ("calendar", "Sluitingsdatum", f'Solliciteer voor 19 november 2025 <span class="badge">Nog {days_left} dagen</span>'),
               ("contract", "Dienstverband", "Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd")],
        sections=D_SECTIONS, related=related))


page("n1_werkenvoornederland_data_analist_toezicht", "D",
     "night 1; Kenmerk 5187; 'Nog 16 dagen'",
     d_page(16, [("Inspecteur luchtvaart", "Inspectie Leefomgeving en Transport", ["Standplaats Utrecht", "Uren per week 36", "Salarisniveau schaal 11", "Reageren voor 12 november"]),
                 ("Datawetenschapper", "Rijkswaterstaat", ["Standplaats Utrecht", "Uren per week 32-36", "Salarisniveau schaal 11", "Reageren voor 17 november"]),
                 ("Informatieanalist", "Inspectie Leefomgeving en Transport", ["Standplaats Den Haag", "Uren per week 36", "Salarisniveau schaal 10", "Reageren voor 10 november"])]),
     (D_TITLE, D_EMP, "Utrecht"))
page("n3_werkenvoornederland_data_analist_toezicht", "D",
     "night 3 (not crawled on night 2); same Kenmerk 5187; 'Nog 14 dagen'; the related block changed",
     d_page(14, [("Inspecteur luchtvaart", "Inspectie Leefomgeving en Transport", ["Standplaats Utrecht", "Uren per week 36", "Salarisniveau schaal 11", "Reageren voor 12 november"]),
                 ("BI-specialist", "Dienst Uitvoering Onderwijs", ["Standplaats Groningen", "Uren per week 36", "Salarisniveau schaal 11", "Reageren voor 24 november"]),
                 ("Privacyjurist", "Inspectie Leefomgeving en Transport", ["Standplaats Utrecht", "Uren per week 32-36", "Salarisniveau schaal 11", "Reageren voor 26 november"])]),
     (D_TITLE, D_EMP, "Utrecht"))


# ---- E1: Gemeente Amersfoort, two different jobs sharing the employer's boilerplate (night 2)

E1_EMP = "Gemeente Amersfoort"
E1_ABOUT = [
    "Amersfoort is een stad in beweging. Met ruim 160.000 inwoners is het een van de snelst groeiende gemeenten van "
    "het land, en dat merk je in alles wat we doen: nieuwe wijken, drukkere straten, meer evenementen en een "
    "gemeenteraad met grote ambities. Bij de gemeente werken ruim 1.800 collega's aan een stad waar het goed wonen, "
    "werken en leven is. We werken vanuit het stadhuis in het centrum en op verschillende locaties in de stad.",
    "Wij vinden het belangrijk dat onze organisatie een afspiegeling is van de stad. Iedereen is welkom om te "
    "solliciteren, ongeacht achtergrond, leeftijd, geslacht of beperking. Heb je een arbeidsbeperking en wil je in "
    "aanmerking komen voor een garantiebaan? Geef dit dan aan in je sollicitatie.",
]
E1_OFFER_COMMON = [
    "een Individueel Keuzebudget van 17,05% van je salaris, dat je kunt laten uitbetalen of gebruiken voor extra verlof;",
    "een goede pensioenregeling bij het ABP;",
    "flexibele werktijden en de mogelijkheid om deels thuis te werken, met een thuiswerkvergoeding;",
    "een eigen opleidingsbudget en toegang tot de interne academie met trainingen en workshops;",
    "een fiets van de zaak via de fietsregeling en een ov-abonnement voor woon-werkverkeer.",
]
E1_PROCEDURE = ("Solliciteren doe je via de knop op deze pagina, met je cv en een korte motivatie. Een assessment kan "
                "deel uitmaken van de procedure. Voor deze functie vragen we een Verklaring Omtrent het Gedrag. Wij "
                "reageren binnen twee weken na de sluitingsdatum op je sollicitatie.")


def e1_page(title, intro, facts, function, who, offer_first, offer_contract, apply_line, related, rel_start):
    return tpl_gemeente_cards(dict(
        site=SITES["amersfoort"], title=title, employer=E1_EMP, intro=intro, rel_start=rel_start,
        canonical="https://werkenvoor.amersfoort.nl/vacature/" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-"),
        facts=facts,
        sections=[("Over ons", E1_ABOUT), ("De functie", function), ("Wie ben jij?", who),
                  ("Wat bieden wij?", [[offer_first, offer_contract] + E1_OFFER_COMMON]),
                  ("Procedure", [E1_PROCEDURE, apply_line])],
        related=related))


E1A_TITLE = "Juridisch adviseur bezwaar en beroep"
E1B_TITLE = "Coördinator evenementenvergunningen"
page("n2_werkenvooramersfoort_juridisch_adviseur_bezwaar", "E1a",
     "look-alike E1: same employer and site as E1b, shared 'Over ons'/'Wat bieden wij'/'Procedure' boilerplate; different title, duties, scale 10; no reference",
     e1_page(E1A_TITLE, "Zorg jij ervoor dat inwoners van Amersfoort een zorgvuldige beslissing op hun bezwaar krijgen?",
             [("Werkgever", E1_EMP), ("Locatie", "Amersfoort"), ("Uren", "32 - 36 uur per week"),
              ("Salaris", "€ 3.771 - € 5.334 bruto per maand"), ("Schaal", "10"), ("Opleiding", "hbo / wo"),
              ("Contract", "Vast"), ("Gepubliceerd", nl_short("2025-10-31")), ("Solliciteer voor", nl_long("2025-11-21"))],
             ["Als juridisch adviseur bezwaar en beroep behandel je bezwaarschriften tegen besluiten van de gemeente, "
              "van omgevingsvergunningen tot besluiten over bijstand. Je bereidt de hoorzittingen van de onafhankelijke "
              "bezwaarschriftencommissie voor, schrijft adviezen en beslissingen op bezwaar en vertegenwoordigt de "
              "gemeente bij de rechtbank. Je signaleert terugkerende fouten en adviseert vakafdelingen hoe ze die "
              "kunnen voorkomen.",
              "Je maakt deel uit van het team Juridische Zaken, twaalf juristen die samen zo'n 900 bezwaarschriften per "
              "jaar behandelen."],
             ["Je hebt een afgeronde hbo- of wo-opleiding rechten, bij voorkeur met een specialisatie bestuursrecht. Je "
              "hebt minimaal 3 jaar ervaring in de bezwaar- en beroepsfase. Je schrijft helder en kunt een ingewikkeld "
              "besluit in gewone taal uitleggen aan een boze inwoner."],
             "een salaris van maximaal € 5.334 bruto per maand (schaal 10) bij 36 uur;",
             "een vaste aanstelling;",
             "Solliciteren kan tot 21 november 2025. Vragen over de functie? Bel met Jeroen Wesselink, teamleider "
             "Juridische Zaken, via 06-51847730.",
             [(E1B_TITLE, "Amersfoort · 28 - 32 uur · schaal 9 · Solliciteer voor 23 november 2025"),
              ("Jurist omgevingsrecht", "Amersfoort · 36 uur · schaal 11 · Solliciteer voor 28 november 2025"),
              ("Secretaris bezwaarschriftencommissie", "Amersfoort · 16 uur · schaal 10 · Solliciteer voor 14 november 2025")],
             4431),
     (E1A_TITLE, E1_EMP, "Amersfoort"))

page("n2_werkenvooramersfoort_coordinator_evenementenvergunningen", "E1b",
     "look-alike E1: same employer, site and boilerplate as E1a; different job, scale 9, 28-32 uur, temporary; no reference",
     e1_page(E1B_TITLE, "Van straatfeest tot festival: jij zorgt dat evenementen in Amersfoort veilig en goed geregeld zijn.",
             [("Werkgever", E1_EMP), ("Locatie", "Amersfoort"), ("Uren", "28 - 32 uur per week"),
              ("Salaris", "€ 3.355 - € 4.806 bruto per maand"), ("Schaal", "9"), ("Opleiding", "mbo 4 / hbo"),
              ("Contract", "Tijdelijk (1 jaar)"), ("Gepubliceerd", nl_short("2025-10-31")), ("Solliciteer voor", nl_long("2025-11-23"))],
             ["Als coördinator evenementenvergunningen ben je het aanspreekpunt voor organisatoren van evenementen in "
              "Amersfoort: van een straatfeest tot een meerdaags festival in het stadspark. Je beoordeelt aanvragen, "
              "stemt af met politie, brandweer en de GGD en stelt de vergunningen op. Rond Koningsdag en in de "
              "zomermaanden is het druk; dan houd je het overzicht over tientallen aanvragen tegelijk.",
              "Je werkt in het team Vergunningen, samen met vier vergunningverleners en een juridisch medewerker."],
             ["Je hebt een afgeronde opleiding op mbo 4- of hbo-niveau, bijvoorbeeld juridische dienstverlening of "
              "evenementenorganisatie. Je hebt ervaring met vergunningverlening en kent de APV. Je bent klantgericht, "
              "je houdt van een volle agenda en je blijft rustig als een organisator op het laatste moment belt."],
             "een salaris van maximaal € 4.806 bruto per maand (schaal 9) bij 36 uur;",
             "een tijdelijk contract voor een jaar;",
             "Solliciteren kan tot 23 november 2025. Vragen over de functie? Bel met Noor Haddou, teamleider "
             "Vergunningen, via 06-28873105.",
             [(E1A_TITLE, "Amersfoort · 32 - 36 uur · schaal 10 · Solliciteer voor 21 november 2025"),
              ("Toezichthouder evenementen", "Amersfoort · 24 uur · schaal 8 · Solliciteer voor 19 november 2025"),
              ("Adviseur openbare orde en veiligheid", "Amersfoort · 36 uur · schaal 11 · Solliciteer voor 30 november 2025")],
             4432),
     (E1B_TITLE, E1_EMP, "Amersfoort"))


# ---- E2: Gemeente Leeuwarden, the same job posted a year apart (2024 page on night 1, 2025 page on night 2)

E2_TITLE, E2_EMP = "Beleidsmedewerker armoede en schulden", "Gemeente Leeuwarden"


def e2_sections(year):
    plan = ("In 2025 werk je aan een nieuw beleidsplan schulddienstverlening, dat in het najaar aan de gemeenteraad "
            "wordt voorgelegd." if year == 2024 else
            "In 2026 werk je aan de uitvoering van het nieuwe beleidsplan schulddienstverlening, dat in het voorjaar "
            "door de gemeenteraad is vastgesteld.")
    salary = ("een salaris van € 3.503 - € 5.046 bruto per maand (schaal 10) bij een 36-urige werkweek;" if year == 2024
              else "een salaris van € 3.678 - € 5.298 bruto per maand (schaal 10) bij een 36-urige werkweek;")
    apply = ("Solliciteren kan tot en met 26 november 2024. De gesprekken zijn op 4 december 2024. Vragen? Bel met "
             "Sietse de Boer, teamleider Inkomen en Schulden, via 058-2338174." if year == 2024 else
             "Solliciteren kan tot en met 24 november 2025. De gesprekken zijn op 2 december 2025. Vragen? Bel met "
             "Anke Hoekstra, teamleider Inkomen en Schulden, via 058-2338174.")
    return [
        ("Wat ga je doen?", [
            "In Leeuwarden leeft ongeveer een op de acht huishoudens rond het sociaal minimum. Als beleidsmedewerker "
            "armoede en schulden werk je aan het armoedebeleid en de schuldhulpverlening van de gemeente. Je zorgt dat "
            "regelingen als de individuele inkomenstoeslag en het meedoenbudget eenvoudig aan te vragen zijn en dat ze "
            "de mensen bereiken die ze nodig hebben.",
            "Je werkt samen met de uitvoering, met maatschappelijke organisaties, de voedselbank en de "
            "woningcorporaties. " + plan,
            ["je schrijft beleidsnotities, raadsvoorstellen en collegebesluiten;",
             "je volgt het bereik van de regelingen en stelt verbeteringen voor;",
             "je organiseert het overleg met de partners in het armoedenetwerk;",
             "je beantwoordt raadsvragen en bereidt de wethouder voor op debatten."]]),
        ("Wie ben jij?", [
            "Je hebt een hbo- of wo-opleiding, bijvoorbeeld bestuurskunde, sociologie of sociaal-juridische "
            "dienstverlening. Je hebt minimaal 2 jaar ervaring als beleidsmedewerker in het sociaal domein. Je kent de "
            "Participatiewet en de Wet gemeentelijke schuldhulpverlening. Je hebt oog voor de mensen achter de cijfers."]),
        ("Wat bieden wij?", [[salary,
                              "een contract voor een jaar met uitzicht op een vaste aanstelling;",
                              "een Individueel Keuzebudget van 17,05%;",
                              "flexibele werktijden en de mogelijkheid om deels thuis te werken."]]),
        ("Procedure", [apply]),
    ]


E2_INTRO = ("Steeds meer inwoners van Leeuwarden hebben moeite om rond te komen. Help jij ons om armoede en schulden "
            "eerder te signaleren en beter aan te pakken?")


def e2_facts(year):
    if year == 2024:
        return [("Organisatie", E2_EMP), ("Standplaats", "Leeuwarden"), ("Uren per week", "32"),
                ("Salaris", "€ 3.503 - € 5.046 bruto per maand"), ("Schaal", "10"), ("Opleiding", "hbo / wo"),
                ("Dienstverband", "Tijdelijk met uitzicht op vast"), ("Vacaturenummer", "2024-0412"),
                ("Geplaatst op", nl_long("2024-11-05")), ("Reageren voor", nl_long("2024-11-26"))]
    return [("Organisatie", E2_EMP), ("Standplaats", "Leeuwarden"), ("Uren per week", "32"),
            ("Salaris", "€ 3.678 - € 5.298 bruto per maand"), ("Schaal", "10"), ("Opleiding", "hbo / wo"),
            ("Dienstverband", "Tijdelijk met uitzicht op vast"), ("Vacaturenummer", "2025-0377"),
            ("Geplaatst op", nl_long("2025-11-03")), ("Reageren voor", nl_long("2025-11-24"))]


page("n1_werkenbijleeuwarden_beleidsmedewerker_armoede_schulden_2024", "E2a",
     "look-alike E2: last year's posting still online (posted 2024-11-05, closes 2024-11-26, Vacaturenummer 2024-0412, 2024 salary table); the page does not say it is expired",
     tpl_gemeente_dl(dict(
         site=SITES["leeuwarden"], title=E2_TITLE, employer=E2_EMP, intro=E2_INTRO, build="2.4.3",
         canonical="https://werkenbij.leeuwarden.nl/vacatures/beleidsmedewerker-armoede-en-schulden-2024-0412/",
         facts=e2_facts(2024), sections=e2_sections(2024),
         related=[("Klantmanager inkomen", "Leeuwarden · 36 uur · schaal 9 · Reageren voor 19 november 2024"),
                  ("Schuldhulpverlener", "Leeuwarden · 32 uur · schaal 9 · Reageren voor 3 december 2024"),
                  ("Beleidsadviseur jeugd", "Leeuwarden · 36 uur · schaal 11 · Reageren voor 28 november 2024")])),
     (E2_TITLE, E2_EMP, "Leeuwarden"))

page("n2_werkenbijleeuwarden_beleidsmedewerker_armoede_schulden", "E2b",
     "look-alike E2: this year's posting (posted 2025-11-03, closes 2025-11-24, Vacaturenummer 2025-0377); text largely as E2a",
     tpl_gemeente_dl(dict(
         site=SITES["leeuwarden"], title=E2_TITLE, employer=E2_EMP, intro=E2_INTRO, build="3.0.1",
         canonical="https://werkenbij.leeuwarden.nl/vacatures/beleidsmedewerker-armoede-en-schulden-2025-0377/",
         facts=e2_facts(2025), sections=e2_sections(2025),
         related=[("Klantmanager inkomen", "Leeuwarden · 36 uur · schaal 9 · Reageren voor 17 november 2025"),
                  ("Beleidsadviseur Wmo", "Leeuwarden · 32 - 36 uur · schaal 11 · Reageren voor 1 december 2025"),
                  ("Schuldhulpverlener", "Leeuwarden · 32 uur · schaal 9 · Reageren voor 26 november 2025")])),
     (E2_TITLE, E2_EMP, "Leeuwarden"))


# ---- E3: two gemeenten, the same standard job title, on the same regional board (nights 1 and 3)

E3_TITLE = "Medewerker Burgerzaken"


def e3_sections(city, variant):
    if variant == "zutphen":
        what = ("Aan de balie en aan de telefoon help je inwoners met het aanvragen van paspoorten, identiteitskaarten "
                "en rijbewijzen. Je verwerkt verhuizingen en geboorteaangiftes in de Basisregistratie Personen (BRP) en "
                "geeft uittreksels af. Ook help je mee bij de voorbereiding en uitvoering van verkiezingen.")
        team = ("Het team Burgerzaken van Zutphen bestaat uit veertien collega's en werkt in het stadhuis. We werken "
                "op afspraak, zodat er tijd is voor iedere inwoner.")
        offer = ["een salaris van € 2.907 - € 3.937 bruto per maand (schaal 7);",
                 "een contract voor een jaar met uitzicht op een vaste aanstelling;",
                 "een Individueel Keuzebudget van 17,05%;",
                 "een goede inwerkperiode met een vaste buddy."]
        apply = ("Reageren kan tot en met 14 november 2025. De gesprekken zijn op 20 november. Vragen? Bel met "
                 "Marieke Lenferink, teamleider Burgerzaken, via 0575-583104.")
    else:
        what = ("Aan de balie en aan de telefoon help je inwoners met het aanvragen van paspoorten, identiteitskaarten "
                "en rijbewijzen. Je verwerkt verhuizingen en geboorteaangiftes in de Basisregistratie Personen (BRP) en "
                "geeft uittreksels af. Daarnaast neem je aangiftes van overlijden aan en help je mee bij de "
                "voorbereiding en uitvoering van verkiezingen.")
        team = ("Je komt te werken in het team Publiekszaken van Doetinchem, met twintig collega's in het stadskantoor. "
                "Een deel van de week werk je in de backoffice, waar je onderzoeken naar adressen uitvoert.")
        offer = ["een salaris van € 2.907 - € 3.937 bruto per maand (schaal 7);",
                 "een vaste aanstelling;",
                 "een Individueel Keuzebudget van 17,05%;",
                 "een opleiding tot ambtenaar van de burgerlijke stand, als je dat wilt."]
        apply = ("Reageren kan tot en met 17 november 2025. De gesprekken zijn op 24 november. Vragen? Bel met "
                 "Gerrit Hulshof, teamleider Publiekszaken, via 0314-377615.")
    return [
        ("Wat ga je doen?", [what, ["je controleert reisdocumenten en rijbewijzen op echtheid;",
                                    "je verwerkt aangiftes van geboorte en overlijden;",
                                    "je beantwoordt vragen van inwoners via telefoon en e-mail;",
                                    "je werkt mee aan de verkiezingen."]]),
        ("Wie ben jij?", [["je hebt een afgeronde mbo-opleiding op niveau 4;",
                           "je hebt het diploma Burgerzaken of bent bereid dit te halen;",
                           "je bent klantvriendelijk, nauwkeurig en stressbestendig;",
                           "je kunt goed omgaan met vertrouwelijke gegevens."]]),
        ("Over het team", [team]),
        ("Wat bieden wij?", [offer]),
        ("Solliciteren", [apply]),
    ]


page("n1_werkenbijdegemeente_medewerker_burgerzaken_zutphen", "E3a",
     "look-alike E3: standard title on a regional board; Gemeente Zutphen in Zutphen, 24-32 uur, temporary with prospect; generic text shared with E3b",
     tpl_wbdg(dict(
         title=E3_TITLE, employer="Gemeente Zutphen",
         intro="Ben jij klantvriendelijk en nauwkeurig? Als medewerker Burgerzaken ben jij het eerste aanspreekpunt voor de inwoners van Zutphen.",
         canonical="https://www.werkenbijdegemeente.nl/vacature/50177/medewerker-burgerzaken-zutphen",
         facts=[("Gemeente", "Gemeente Zutphen"), ("Standplaats", "Zutphen"), ("Uren per week", "24 - 32"),
                ("Salaris", "€ 2.907 - € 3.937"), ("Schaal", "7"), ("Opleiding", "MBO"),
                ("Dienstverband", "Tijdelijk met uitzicht op vast"), ("Geplaatst", dmy("2025-10-28")),
                ("Sluitingsdatum", dmy("2025-11-14"))],
         sections=e3_sections("Zutphen", "zutphen"),
         related=[("Medewerker Burgerzaken", "Gemeente Lochem · Lochem · 24 uur · schaal 7 · sluit 07-11-2025"),
                  ("Medewerker Publiekszaken", "Gemeente Brummen · Brummen · 32 uur · schaal 7 · sluit 21-11-2025"),
                  ("Adviseur Burgerzaken", "Gemeente Deventer · Deventer · 36 uur · schaal 9 · sluit 19-11-2025")])),
     (E3_TITLE, "Gemeente Zutphen", "Zutphen"))

page("n3_werkenbijdegemeente_medewerker_burgerzaken_doetinchem", "E3b",
     "look-alike E3: same board and title as E3a, similar generic text, but Gemeente Doetinchem in Doetinchem, 32 uur, permanent, other dates",
     tpl_wbdg(dict(
         title=E3_TITLE, employer="Gemeente Doetinchem", rel_start=50299,
         intro="Ben jij servicegericht en nauwkeurig? Als medewerker Burgerzaken ben jij het eerste aanspreekpunt voor de inwoners van Doetinchem.",
         canonical="https://www.werkenbijdegemeente.nl/vacature/50288/medewerker-burgerzaken-doetinchem",
         facts=[("Gemeente", "Gemeente Doetinchem"), ("Standplaats", "Doetinchem"), ("Uren per week", "32"),
                ("Salaris", "€ 2.907 - € 3.937"), ("Schaal", "7"), ("Opleiding", "MBO"),
                ("Dienstverband", "Vast"), ("Geplaatst", dmy("2025-10-31")), ("Sluitingsdatum", dmy("2025-11-17"))],
         sections=e3_sections("Doetinchem", "doetinchem"),
         related=[("Medewerker Burgerzaken", "Gemeente Oude IJsselstreek · Gendringen · 28 uur · schaal 7 · sluit 20-11-2025"),
                  ("Klantcontactmedewerker", "Gemeente Montferland · Didam · 32 uur · schaal 6 · sluit 18-11-2025"),
                  ("Medewerker Publiekszaken", "Gemeente Brummen · Brummen · 32 uur · schaal 7 · sluit 21-11-2025")])),
     (E3_TITLE, "Gemeente Doetinchem", "Doetinchem"))


# ---- F: Provincie Flevoland, Adviseur natuur en landschap: own site (night 2) and a rewritten board text (night 3)

F_TITLE, F_EMP = "Adviseur natuur en landschap", "Provincie Flevoland"
F1_SECTIONS = [
    ("Wat ga je doen?", [
        "Zestig jaar geleden was Flevoland nog zeebodem. Nu liggen er bossen, moerassen en akkers, en natuurgebieden "
        "die in heel Europa bekend zijn. Als adviseur natuur en landschap werk je aan de uitvoering van het "
        "provinciale natuurbeleid. Je adviseert over de inrichting van nieuwe natuur, over soortenbescherming en over "
        "de landschappelijke inpassing van wind- en zonneparken.",
        "Je werkt samen met terreinbeheerders, gemeenten, agrariërs en collega's van ruimtelijke ordening. Je bereidt "
        "besluiten van Gedeputeerde Staten voor en je bent aanspreekpunt voor een aantal gebiedsprocessen.",
        ["je schrijft adviezen over natuur en landschap bij ruimtelijke plannen;",
         "je begeleidt de inrichting van nieuwe natuurgebieden langs de randmeren;",
         "je houdt de voortgang bij van de afspraken in het Natuurpact;",
         "je beantwoordt vragen van Statenleden en bereidt de gedeputeerde voor op overleggen."]]),
    ("Wat vragen wij?", [[
        "een afgeronde hbo- of wo-opleiding in ecologie, landschapsarchitectuur of een vergelijkbare richting;",
        "minimaal 4 jaar ervaring als adviseur natuur of landschap;",
        "kennis van de Omgevingswet en het natuurbeleid;",
        "je voelt je thuis in een politiek-bestuurlijke omgeving."]]),
    ("Wat bieden wij?", [
        "Een vaste aanstelling voor 36 uur per week, met een salaris van € 4.257 tot € 6.091 bruto per maand "
        "(schaal 11). Daarnaast ontvang je een Individueel Keuzebudget bovenop je salaris en kun je een deel van de "
        "week thuiswerken. Het provinciehuis ligt op loopafstand van station Lelystad Centrum."]),
    ("Procedure", [
        "Solliciteren kan tot en met 23 november 2025. De gesprekken vinden plaats op 1 december 2025. Meer weten? "
        "Bel Lotte van Wijngaarden, teammanager Natuur, via 0320-265812."]),
]

page("n2_werkenbijflevoland_adviseur_natuur_landschap", "F",
     "grey: provincie's own site; no reference; F's other page is a substantial rewrite",
     tpl_drupal(dict(
         site=SITES["flevoland"], title=F_TITLE, employer=F_EMP, node=5540,
         intro="Flevoland is het jongste landschap van Nederland. Help jij de natuur hier verder op weg?",
         canonical="https://werkenbij.flevoland.nl/vacatures/adviseur-natuur-en-landschap",
         facts=[("Organisatie", F_EMP), ("Standplaats", "Lelystad"), ("Uren per week", "36"),
                ("Salaris", "€ 4.257 - € 6.091 bruto per maand"), ("Schaal", "11"), ("Opleidingsniveau", "hbo / wo"),
                ("Dienstverband", "Vast"), ("Publicatiedatum", nl_long("2025-11-03")),
                ("Sluitingsdatum", nl_long("2025-11-23"))],
         sections=F1_SECTIONS,
         related=[("Beleidsadviseur landbouw", "Lelystad · 36 uur · schaal 11 · sluitingsdatum 16 november 2025"),
                  ("Projectleider Markerwadden-oevers", "Lelystad · 32 - 36 uur · schaal 12 · tijdelijk"),
                  ("Vergunningverlener Wet natuurbescherming", "Lelystad · 36 uur · schaal 10 · sluitingsdatum 30 november 2025")])),
     (F_TITLE, F_EMP, "Lelystad"))

F2_TEXT = """Adviseur natuur en landschap

Provincie Flevoland

Lelystad · 36 uur per week · schaal 11 · hbo / wo

Geplaatst: 4 november 2025
Sluitingsdatum: 23 november 2025

Over de vacature

Flevoland is het jongste stukje Nederland: waar nu bossen en moerassen liggen, was zestig jaar geleden nog water. Die jonge natuur vraagt om zorgvuldige keuzes. Als adviseur natuur en landschap werk je aan de uitvoering van het provinciale natuurbeleid. Je adviseert over de inrichting van nieuwe natuur, over soortenbescherming en over de landschappelijke inpassing van wind- en zonneparken.

Je werkt samen met terreinbeheerders, gemeenten, agrariërs en collega's van ruimtelijke ordening. Voor een aantal gebiedsprocessen ben jij het vaste aanspreekpunt, en je schrijft mee aan de stukken voor Gedeputeerde Staten.

Jouw taken
  - je schrijft adviezen over natuur en landschap bij ruimtelijke plannen;
  - je begeleidt de inrichting van nieuwe natuurgebieden langs de randmeren;
  - je bewaakt de afspraken die de provincie met het Rijk over natuur heeft gemaakt;
  - je zorgt dat Statenleden en de gedeputeerde goed geïnformeerd zijn.

Jouw profiel
  - een afgeronde hbo- of wo-opleiding in ecologie, landschapsarchitectuur of een vergelijkbare richting;
  - minimaal 4 jaar ervaring als adviseur natuur of landschap;
  - je kent de Omgevingswet en weet hoe natuurbeleid in de praktijk uitpakt;
  - je boekt resultaat in een politieke omgeving.

Arbeidsvoorwaarden
Een vaste aanstelling voor 36 uur per week, met een salaris van € 4.257 tot € 6.091 bruto per maand (schaal 11). Bovenop je salaris krijg je een Individueel Keuzebudget, en thuiswerken kan in overleg. Je werkplek is het provinciehuis in Lelystad.

Reageren
Reageer uiterlijk 23 november 2025. De gesprekken vinden plaats op 1 december 2025. Inhoudelijke vragen? Lotte van Wijngaarden, teammanager Natuur, is bereikbaar via 0320-265812.

Meer vacatures in Flevoland
Beleidsmedewerker recreatie en toerisme · Gemeente Dronten · Dronten · 32 uur · sluit 20 november 2025
Boswachter · Staatsbosbeheer · Lelystad · 36 uur · sluit 14 november 2025
Ecoloog · Waterschap Zuiderzeeland · Lelystad · 36 uur · schaal 10

Vacatures in Flevoland gebruikt cookies. Door verder te klikken ga je hiermee akkoord.
"""
page("n3_vacaturesflevoland_adviseur_natuur_landschap", "F",
     "grey: rendered text of a regional board; about half the sentences rewritten, no reference; same employer, title, city, hours, scale, salary and closing date (2025-11-23) as F's other page: judged the same vacancy",
     F2_TEXT, (F_TITLE, F_EMP, "Lelystad"), ext="txt")


# ---- G: singles (no duplicates anywhere in the three nights)

page("n1_werkenbijuwv_klantmanager_werk_denbosch", "G1",
     "single; UWV careers site; place printed as 'Den Bosch' ('s-Hertogenbosch); Vacaturenummer 40871",
     tpl_org(dict(
         site=SITES["uwv"], title="Klantmanager Werk", employer="UWV",
         intro="Help jij mensen met een WW-uitkering zo snel mogelijk weer aan het werk?",
         canonical="https://www.werkenbijuwv.nl/vacatures/klantmanager-werk-den-bosch-40871",
         sections=[
             ("Wat ga je doen?", [
                 "Als klantmanager Werk begeleid je werkzoekenden met een WW-uitkering. Je voert gesprekken over hun "
                 "kansen op de arbeidsmarkt, maakt samen met hen een plan en zet waar nodig een training of scholing in. "
                 "Je kent de arbeidsmarkt in Noordoost-Brabant en weet welke werkgevers mensen zoeken.",
                 "Je werkt in een team van twintig klantmanagers en werkt samen met de werkgeversadviseurs van UWV en de "
                 "gemeenten in de regio. Je hebt ongeveer honderd klanten tegelijk in begeleiding."]),
             ("Wat vragen wij?", [["een afgeronde hbo-opleiding, bijvoorbeeld HRM, toegepaste psychologie of sociaal werk;",
                                   "ervaring met het coachen of begeleiden van volwassenen;",
                                   "kennis van de regionale arbeidsmarkt is een pré;",
                                   "je bent beschikbaar voor 36 uur per week."]]),
             ("Wat bieden wij?", [
                 "Je krijgt een contract voor een jaar, met uitzicht op een vaste baan. Je salaris is minimaal € 3.260 "
                 "en maximaal € 4.656 bruto per maand (schaal 9). Daarbij ontvang je een Individueel Keuzebudget van "
                 "16,37% en een reiskostenvergoeding."]),
             ("Contact", ["Meer weten? Bel met Erik Vissers, teammanager Werk, via 06-11942873. Solliciteren kan tot "
                          "en met 10 november 2025."])],
         facts=[("Vacaturenummer", "40871"), ("Organisatie", "UWV"), ("Standplaats", "Den Bosch"), ("Uren per week", "36"),
                ("Salaris", "€ 3.260 - € 4.656"), ("Schaal", "9"), ("Opleidingsniveau", "hbo"),
                ("Dienstverband", "Tijdelijk met uitzicht op vast"), ("Geplaatst", dmy("2025-10-27")),
                ("Sluitingsdatum", dmy("2025-11-10"))],
         related=[("Arbeidsdeskundige", "Eindhoven · 36 uur · schaal 10 · sluit 13-11-2025"),
                  ("Werkgeversadviseur", "Den Bosch · 32 uur · schaal 10 · sluit 17-11-2025"),
                  ("Klantmanager Werk", "Tilburg · 36 uur · schaal 9 · sluit 06-11-2025")])),
     ("Klantmanager Werk", "UWV", "Den Bosch"))

page("n1_politie_analist_criminaliteitsbeeld_rotterdam", "G2",
     "single; Politie site (<li><span>Label</span> value</li>); Vacaturenummer 2025-6612",
     tpl_politie(dict(
         title="Analist criminaliteitsbeeld", employer="Politie", unit="Eenheid Rotterdam, Dienst Regionale Informatieorganisatie",
         intro="Cijfers vertellen een verhaal. Jij zorgt dat de politie het hoort.",
         canonical="https://www.kombijdepolitie.nl/vacatures/analist-criminaliteitsbeeld-2025-6612",
         facts=[("Vacaturenummer", "2025-6612"), ("Organisatie", "Politie"), ("Standplaats", "Rotterdam"), ("Uren per week", "36"),
                ("Salaris", "€ 3.540 - € 5.163 bruto per maand"), ("Salarisschaal", "10"), ("Opleidingsniveau", "HBO"),
                ("Dienstverband", "Vast"), ("Publicatiedatum", nl_long("2025-10-24")), ("Sluitingsdatum", nl_long("2025-11-09"))],
         sections=[
             ("Over de functie", [
                 "Als analist criminaliteitsbeeld bij de eenheid Rotterdam maak je analyses van ontwikkelingen in "
                 "criminaliteit en overlast: van woninginbraken in de wijken tot drugshandel in de haven. Je combineert "
                 "gegevens uit politiesystemen met open bronnen en vertaalt ze naar adviezen voor de operationele "
                 "leiding. Je werkt in een team van acht analisten."]),
             ("Wat vragen wij?", [["hbo-werk- en denkniveau, bijvoorbeeld criminologie, integrale veiligheidskunde of data science;",
                                   "ervaring met analysesoftware en met grote databestanden;",
                                   "je presenteert analyses mondeling en schriftelijk helder;",
                                   "je bent bereid een veiligheidsonderzoek te ondergaan."]]),
             ("Wat bieden wij?", [
                 "Een vaste aanstelling voor 36 uur per week en een salaris van € 3.540 tot € 5.163 bruto per maand "
                 "(schaal 10). Verder krijg je een eindejaarsuitkering van 8,3%, vakantiegeld en ruime "
                 "opleidingsmogelijkheden.",
                 "Vragen? Neem contact op met Sandra Vermeulen, teamchef Analyse, via 06-30928845."])],
         related=[("Digitaal specialist", "Rotterdam · 36 uur · schaal 10"),
                  ("Operationeel specialist A", "Dordrecht · 36 uur · schaal 9"),
                  ("Informatierechercheur", "Rotterdam · 36 uur · schaal 9")])),
     ("Analist criminaliteitsbeeld", "Politie", "Rotterdam"))

G3_TEXT = """Adviseur risicobeheersing

Veiligheidsregio Gelderland-Zuid

Nijmegen | 32 - 36 uur | schaal 10 | hbo

Publicatiedatum: 22-10-2025
Sluitingsdatum: 12-11-2025

Wat ga je doen?
Als adviseur risicobeheersing adviseer je gemeenten in de regio over brandveiligheid en externe veiligheid. Je beoordeelt aanvragen voor omgevingsvergunningen, adviseert bij evenementen en denkt mee over de veiligheid van nieuwe woonwijken en bedrijventerreinen. Je werkt nauw samen met de brandweerposten in de regio en met de omgevingsdienst.

Wat vragen wij?
  - een afgeronde hbo-opleiding, bijvoorbeeld Integrale Veiligheidskunde of Bouwkunde;
  - het diploma Brandpreventiedeskundige 2 of de bereidheid dit te halen;
  - minimaal 2 jaar ervaring in brandveiligheid of omgevingsveiligheid;
  - je kunt complexe regels helder uitleggen.

Wat bieden wij?
Een vaste aanstelling voor 32 tot 36 uur per week. Het salaris is maximaal € 5.262 bruto per maand bij 36 uur (schaal 10, minimum € 3.613). Je krijgt een Individueel Keuzebudget van 17,05% en een goede opleiding.

Meer informatie
Voor vragen over de functie kun je contact opnemen met Karin Peters, teamleider Risicobeheersing, 024-3658812. Solliciteren kan tot en met 12 november 2025.

Andere vacatures
Brandweervrijwilliger post Wijchen | 4 uur | vergoeding per uur
Medewerker meldkamer | Nijmegen | 36 uur | schaal 8
Adviseur crisisbeheersing | Nijmegen | 36 uur | schaal 11 | sluit 26-11-2025

Deze website maakt gebruik van cookies.
"""
page("n1_vrgz_adviseur_risicobeheersing", "G3",
     "single; rendered text page of a veiligheidsregio site; dd-mm-yyyy dates; no reference",
     G3_TEXT, ("Adviseur risicobeheersing", "Veiligheidsregio Gelderland-Zuid", "Nijmegen"), ext="txt")

page("n1_werkenbijbreda_projectleider_openbare_verlichting", "G4",
     "single; gemeente site (table facts); no reference",
     tpl_gemeente_table(dict(
         site=SITES["breda"], title="Projectleider openbare verlichting", employer="Gemeente Breda",
         intro="Slimme, zuinige en veilige verlichting in heel Breda: daar zorg jij voor.", rel_start=880,
         canonical="https://werkenbij.breda.nl/vacatures/projectleider-openbare-verlichting",
         facts=[("Organisatie", "Gemeente Breda"), ("Werklocatie", "Breda"), ("Uren per week", "36"),
                ("Salaris", "€ 3.756 - € 5.303 bruto per maand"), ("Salarisschaal", "10"), ("Opleiding", "hbo"),
                ("Dienstverband", "Vast"), ("Geplaatst op", nl_long("2025-10-29")), ("Sluitingsdatum", nl_long("2025-11-14"))],
         sections=[
             ("De functie", [
                 "Breda telt ruim 30.000 lichtmasten. Een groot deel daarvan staat er al meer dan dertig jaar en is toe "
                 "aan vervanging. De komende jaren stappen we over op ledverlichting en kijken we waar het licht 's "
                 "nachts gedimd kan worden, zonder dat het onveilig voelt. Als projectleider openbare verlichting stuur "
                 "je die vervanging aan.",
                 "Je stelt het jaarlijkse vervangingsprogramma op, bereidt aanbestedingen voor en stuurt de aannemer "
                 "aan. Je overlegt met bewoners, de politie en ecologen, want ook vleermuizen hebben baat bij minder licht."]),
             ("Wat vragen wij?", [["een hbo-opleiding elektrotechniek, civiele techniek of vergelijkbaar;",
                                   "minimaal 3 jaar ervaring als projectleider in de openbare ruimte;",
                                   "kennis van de normen en richtlijnen voor openbare verlichting;",
                                   "ervaring met aanbesteden is een pré."]]),
             ("Wat bieden wij?", [["een salaris van maximaal € 5.303 bruto per maand (schaal 10) bij 36 uur;",
                                   "een vaste aanstelling;",
                                   "een Individueel Keuzebudget van 17,05%;",
                                   "een werkplek in het stadskantoor en de mogelijkheid om deels thuis te werken."]]),
             ("Solliciteren", ["Reageer uiterlijk 14 november 2025. De gesprekken zijn op 20 november. Vragen? Bel met "
                               "Wouter Maas, teamleider Openbare Verlichting, via 076-5294417."])],
         related=[("Beheerder verkeersregelinstallaties", "Breda · 36 uur · schaal 9 · Sluitingsdatum 21 november 2025"),
                  ("Projectleider civiele techniek", "Breda · 36 uur · schaal 11 · Sluitingsdatum 12 november 2025"),
                  ("Werkvoorbereider openbare ruimte", "Breda · 32 - 36 uur · schaal 8 · Sluitingsdatum 28 november 2025")])),
     ("Projectleider openbare verlichting", "Gemeente Breda", "Breda"))

page("n1_werkenvoornederland_functioneel_beheerder_duo", "G5",
     "single; werkenvoornederland; Kenmerk 5203; same Rijk scale-10 amounts as D (salary alone does not identify a vacancy)",
     tpl_wvn(dict(
         title="Functioneel beheerder studiefinanciering", employer="Dienst Uitvoering Onderwijs", reference="5203",
         posted_text=nl_long("2025-10-28"), rel_start=4950,
         canonical="https://www.werkenvoornederland.nl/vacatures/functioneel-beheerder-studiefinanciering-DUO-5203",
         apply="https://werkenbijduo.nl/vacature/5203",
         facts=[("location", "Standplaats", "Groningen"), ("education", "Opleidingsniveau", "HBO"),
                ("hours", "Uren per week", "36 uur"),
                ("scale", "Salarisschaal", 'schaal 10<br><span class="job-facts__salary">€3.674 - €5.496 (bruto)</span>'),
                ("calendar", "Sluitingsdatum", 'Solliciteer voor 12 november 2025 <span class="badge">Nog 9 dagen</span>'),
                ("contract", "Dienstverband", "Vaste aanstelling / Arbeidsovereenkomst voor onbepaalde tijd")],
         sections=[
             (None, ["Dienst Uitvoering Onderwijs (DUO) zorgt ervoor dat ruim een miljoen studenten hun "
                     "studiefinanciering op tijd krijgen. Achter elke betaling zitten systemen die moeten blijven "
                     "werken, ook als de wet verandert. Jij zorgt daarvoor."]),
             ("Wat ga je doen?", [
                 "Als functioneel beheerder ben je de schakel tussen de gebruikers van de systemen voor "
                 "studiefinanciering en de ontwikkelteams. Je vertaalt wetswijzigingen en wensen van gebruikers naar "
                 "user stories, test nieuwe releases en lost verstoringen op samen met de technisch beheerders.",
                 ["je beheert en prioriteert de wensenlijst van je applicaties;",
                  "je stelt testscenario's op en voert acceptatietesten uit;",
                  "je analyseert incidenten en zoekt de oorzaak;",
                  "je schrijft werkinstructies voor gebruikers."]]),
             ("Wat vragen wij?", [["een afgeronde hbo-opleiding, bij voorkeur bedrijfskundige informatica;",
                                   "minimaal 2 jaar ervaring als functioneel beheerder of informatieanalist;",
                                   "kennis van BiSL en ervaring met agile werken;",
                                   "je werkt nauwkeurig en houdt van puzzelen."]]),
             ("Wat bieden wij?", ["Een arbeidsovereenkomst voor onbepaalde tijd, een Individueel Keuzebudget van "
                                  "16,37% en een vergoeding voor thuiswerken.",
                                  "Meer weten? Bel Jelle Smit, teamleider Functioneel Beheer, via 050-5996143."])],
         related=[("Informatieanalist", "Dienst Uitvoering Onderwijs", ["Standplaats Groningen", "Uren per week 36", "Salarisniveau schaal 10", "Reageren voor 19 november"]),
                  ("Scrum master", "Dienst Uitvoering Onderwijs", ["Standplaats Groningen", "Uren per week 36", "Salarisniveau schaal 11", "Reageren voor 13 november"]),
                  ("Data-analist toezicht", "Inspectie Leefomgeving en Transport", ["Standplaats Utrecht", "Uren per week 36", "Salarisniveau schaal 10", "Reageren voor 19 november"])])),
     ("Functioneel beheerder studiefinanciering", "Dienst Uitvoering Onderwijs", "Groningen"))

page("n2_werkenvoornederland_verkeersleider_scheepvaart", "G6",
     "single; werkenvoornederland; Kenmerk 5240",
     tpl_wvn(dict(
         title="Verkeersleider scheepvaart", employer="Rijkswaterstaat", reference="5240",
         posted_text=nl_long("2025-10-30"), rel_start=5001,
         canonical="https://www.werkenvoornederland.nl/vacatures/verkeersleider-scheepvaart-RWS-5240",
         apply="https://werkenbijrijkswaterstaat.nl/vacature/5240",
         facts=[("location", "Standplaats", "Dordrecht"), ("education", "Opleidingsniveau", "MBO"),
                ("hours", "Uren per week", "36 uur"),
                ("scale", "Salarisschaal", 'schaal 8<br><span class="job-facts__salary">€3.015 - €4.386 (bruto)</span>'),
                ("calendar", "Sluitingsdatum", 'Solliciteer voor 20 november 2025 <span class="badge">Nog 16 dagen</span>'),
                ("contract", "Dienstverband", "Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd")],
         sections=[
             (None, ["Op de rivieren rond Dordrecht varen dag en nacht zeeschepen, binnenvaartschepen en "
                     "recreatievaart door elkaar. Als verkeersleider zorg jij dat dat veilig en vlot gebeurt."]),
             ("Wat ga je doen?", [
                 "Vanuit de verkeerspost begeleid je het scheepvaartverkeer op een van de drukste knooppunten van de "
                 "Nederlandse binnenwateren. Je volgt de schepen op radar en camerabeelden, geeft via de marifoon "
                 "informatie en aanwijzingen en grijpt in als er iets misgaat. Je werkt in een vast rooster van vijf "
                 "ploegen, ook 's nachts en in het weekend."]),
             ("Wat vragen wij?", [["mbo-niveau 4, bijvoorbeeld een nautische opleiding;",
                                   "je volgt de interne opleiding tot verkeersleider van ongeveer een jaar;",
                                   "je beheerst Nederlands en Engels goed;",
                                   "je blijft rustig en beslist snel."]]),
             ("Wat bieden wij?", ["Een arbeidsovereenkomst voor een jaar met uitzicht op onbepaalde tijd, een "
                                  "toelage voor onregelmatige diensten en een Individueel Keuzebudget van 16,37%.",
                                  "Meer weten? Bel Rob Kuijpers, teamleider Verkeerspost, via 06-52917734."])],
         related=[("Brug- en sluisbediener", "Rijkswaterstaat", ["Standplaats Gorinchem", "Uren per week 36", "Salarisniveau schaal 7", "Reageren voor 14 november"]),
                  ("Nautisch adviseur", "Rijkswaterstaat", ["Standplaats Rotterdam", "Uren per week 36", "Salarisniveau schaal 10", "Reageren voor 27 november"]),
                  ("Walradaroperator", "Rijkswaterstaat", ["Standplaats Dordrecht", "Uren per week 36", "Salarisniveau schaal 7", "Reageren voor 18 november"])])),
     ("Verkeersleider scheepvaart", "Rijkswaterstaat", "Dordrecht"))

page("n2_tue_phd_battery_degradation_en", "G7",
     "single; university site in English; Job ID V36.7931; English thousands separators",
     tpl_org(dict(
         site=SITES["tue"], lang="en", title="PhD position in battery degradation modelling",
         employer="Eindhoven University of Technology",
         intro="Help make grid batteries last longer by modelling how they age.",
         canonical="https://jobs.tue.nl/en/vacancy/phd-position-in-battery-degradation-modelling-V36.7931",
         facts=[("Job ID", "V36.7931"), ("Department", "Mechanical Engineering"), ("Location", "Eindhoven"),
                ("Hours", "38 hours per week"), ("Salary", "€3,059 - €3,881 per month"), ("Scale", "P"),
                ("Education", "Master"), ("Contract", "Temporary, 4 years"), ("Published", en_long("2025-10-27")),
                ("Closing date", en_long("2025-11-30"))],
         sections=[
             ("Job description", [
                 "Large battery systems are becoming a key part of the Dutch electricity grid. How fast they lose "
                 "capacity depends on how they are used, and current models predict this poorly. In this PhD project "
                 "you will combine electrochemical models with operational data from three grid-scale installations "
                 "to predict degradation and to design operating strategies that extend battery life.",
                 "You will join the Control Systems Technology group and work closely with an industrial partner and "
                 "a regional grid operator."]),
             ("Job requirements", [["a master's degree in mechanical engineering, electrical engineering, physics or a related field;",
                                    "a strong background in modelling and numerical methods;",
                                    "programming experience in Python or Julia;",
                                    "good communication skills in English."]]),
             ("Conditions of employment", [
                 "A full-time PhD position for four years, with an intermediate evaluation after nine months. A gross "
                 "monthly salary from €3,059 in the first year to €3,881 in the fourth year, a year-end bonus of 8.3% "
                 "and an annual holiday allowance of 8%.",
                 "For information about the project, contact dr. Femke Boshuizen, f.boshuizen@tue.example."])],
         related=[("Postdoc in power electronics", "Eindhoven · 38 hours · closing 7 December 2025"),
                  ("PhD position in hydrogen storage", "Eindhoven · 38 hours · closing 15 December 2025"),
                  ("Lab technician energy systems", "Eindhoven · 32 hours · scale 7")])),
     ("PhD position in battery degradation modelling", "Eindhoven University of Technology", "Eindhoven"))

G8_TEXT = """Medewerker patiëntenadministratie

Erasmus MC

Locatie: Rotterdam
Uren: 24 - 32 uur per week
Salaris: € 2.780 - € 3.710 bruto per maand (FWG-schaal 35)
Opleiding: mbo 4
Dienstverband: tijdelijk, 12 maanden
Vacaturenummer: EMC-2025-8841
Geplaatst: 1 november 2025
Reageer voor: 15 november 2025

Jouw functie
Als medewerker patiëntenadministratie zorg je ervoor dat de gegevens van patiënten kloppen, van de eerste afspraak tot de laatste factuur. Je registreert nieuwe patiënten, controleert verzekeringsgegevens en beantwoordt vragen van patiënten en verwijzers aan de telefoon. Je werkt in een team van vijftien collega's op de centrale administratie.

Jouw profiel
  * je hebt een afgeronde mbo-opleiding op niveau 4, bij voorkeur medisch secretarieel;
  * je werkt nauwkeurig en bent klantvriendelijk;
  * kennis van medische terminologie is een pré.

Ons aanbod
Een contract voor twaalf maanden met een salaris van € 2.780 tot € 3.710 bruto per maand, afhankelijk van je ervaring. Je ontvangt een eindejaarsuitkering van 8,33% en een goede pensioenregeling bij PFZW.

Meer informatie
Bel met Yvonne de Ruiter, teamleider Patiëntenadministratie, via 010-7031184.

Vergelijkbare vacatures
Doktersassistent polikliniek · Rotterdam · 28 uur
Secretaresse afdeling Neurologie · Rotterdam · 32 uur · sluit 20 november 2025
Planner operatiekamers · Rotterdam · 36 uur
"""
page("n2_erasmusmc_medewerker_patientenadministratie", "G8",
     "single; rendered text of a hospital careers page; Vacaturenummer EMC-2025-8841",
     G8_TEXT, ("Medewerker patiëntenadministratie", "Erasmus MC", "Rotterdam"), ext="txt")

G9_LD = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Toezichthouder milieu",
    "description": "<p>Als toezichthouder milieu controleer je bedrijven in Midden-Holland op de naleving van milieuregels.</p>",
    "identifier": {"@type": "PropertyValue", "name": "Publiekbanen", "value": "774512"},
    "datePosted": "2025-10-29T08:45:00+01:00",
    "validThrough": "2025-11-16T23:59:00+01:00",
    "employmentType": "FULL_TIME",
    "hiringOrganization": {"@type": "Organization", "name": "Publiekbanen B.V.", "sameAs": "https://www.publiekbanen.nl"},
    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Gouda",
                                                  "addressRegion": "Zuid-Holland", "addressCountry": "NL"}},
    "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                   "value": {"@type": "QuantitativeValue", "minValue": 3355, "maxValue": 4806, "unitText": "MONTH"}},
    "workHours": "36 uur per week",
}
page("n2_publiekbanen_toezichthouder_milieu_gouda", "G9",
     "single; national board; JSON-LD identifier is the board's own id 774512 and hiringOrganization is the board (employer only in the visible text)",
     tpl_publiekbanen(dict(
         title="Toezichthouder milieu", employer="Omgevingsdienst Midden-Holland", province="Zuid-Holland",
         province_slug="zuid-holland", rel_start=776230,
         canonical="https://www.publiekbanen.nl/vacature/774512/toezichthouder-milieu",
         jsonld=G9_LD,
         facts=[("Plaats", "Gouda"), ("Uren per week", "36 uur"), ("Salaris", "€ 3.355 - € 4.806 bruto per maand"),
                ("Schaal", "schaal 9"), ("Opleiding", "MBO, HBO"), ("Dienstverband", "Vast")],
         dates_line="Geplaatst: 29 okt 2025 · Reageren uiterlijk 16 november 2025 · Vacature-ID 774512",
         sections=[
             ("Over de functie", [
                 "In Midden-Holland zitten veel kleine en middelgrote bedrijven: kaasmakerijen, metaalbewerkers, "
                 "garages en opslagbedrijven. Als toezichthouder milieu controleer je of zij zich aan de milieuregels "
                 "houden. Je bezoekt bedrijven, bespreekt wat beter kan en legt afspraken vast. Gaat het niet goed, dan "
                 "maak je een handhavingsrapport.",
                 "Je werkt vanuit ons kantoor in Gouda en bent ongeveer drie dagen per week op pad in de regio."]),
             ("Wat vragen wij?", [["een mbo 4- of hbo-opleiding in milieukunde, chemie of een vergelijkbare richting;",
                                   "minimaal 1 jaar ervaring als toezichthouder;",
                                   "rijbewijs B."]]),
             ("Wat bieden wij?", [
                 "Een vaste aanstelling voor 36 uur per week, met een salaris van minimaal € 3.355 en maximaal € 4.806 "
                 "bruto per maand (schaal 9), een Individueel Keuzebudget van 17,05% en een dienstauto voor je "
                 "controles.",
                 "Meer weten? Bel Arjen Post, teamleider Toezicht, via 0182-545370. Reageren kan uiterlijk 16 november 2025."])],
         related=[("Vergunningverlener bodem", "Omgevingsdienst Haaglanden · Den Haag · 36 uur · schaal 10 · Geplaatst 27 okt 2025"),
                  ("Toezichthouder bouw", "Gemeente Gouda · Gouda · 36 uur · schaal 9 · Reageren uiterlijk 20 november 2025"),
                  ("Adviseur externe veiligheid", "Omgevingsdienst West-Holland · Leiden · 32-36 uur · schaal 11")])),
     ("Toezichthouder milieu", "Omgevingsdienst Midden-Holland", "Gouda"))

page("n2_werkenbijhva_docent_bestuurskunde", "G10",
     "single; hogeschool careers site; Vacaturenummer HvA-25-1190",
     tpl_org(dict(
         site=SITES["hva"], title="Docent bestuurskunde", employer="Hogeschool van Amsterdam",
         intro="Leer studenten hoe het openbaar bestuur werkt, en hoe ze het beter kunnen maken.",
         canonical="https://werkenbij.hva.nl/vacatures/docent-bestuurskunde-hva-25-1190",
         facts=[("Vacaturenummer", "HvA-25-1190"), ("Faculteit", "Maatschappij en Recht"), ("Plaats", "Amsterdam"),
                ("Uren per week", "24 - 32"), ("Salaris", "€ 4.313 - € 6.211 bruto per maand"), ("Schaal", "11"),
                ("Opleiding", "wo-master"), ("Dienstverband", "Tijdelijk, 1 jaar, met uitzicht op vast"),
                ("Geplaatst op", nl_long("2025-10-28")), ("Sluitingsdatum", nl_long("2025-11-18"))],
         sections=[
             ("Wat ga je doen?", [
                 "Je geeft onderwijs in de bachelor Bestuurskunde, vooral in de vakken beleidsanalyse en lokaal "
                 "bestuur. Je begeleidt studenten bij hun praktijkopdrachten bij gemeenten in de regio Amsterdam en je "
                 "beoordeelt afstudeerscripties. Daarnaast werk je mee aan de vernieuwing van het curriculum."]),
             ("Wat vragen wij?", [["een afgeronde wo-master in bestuurskunde, politicologie of een verwante richting;",
                                   "werkervaring in of met het openbaar bestuur;",
                                   "didactische ervaring, of de bereidheid om binnen twee jaar de basiskwalificatie didactische bekwaamheid te halen."]]),
             ("Wat bieden wij?", [
                 "Een aanstelling voor een jaar, met uitzicht op een vaste aanstelling, voor 24 tot 32 uur per week. "
                 "Het salaris is maximaal € 6.211 bruto per maand bij een volledige werkweek (schaal 11). Verder "
                 "een eindejaarsuitkering van 8,3% en een goede pensioenregeling.",
                 "Vragen? Mail of bel Hatice Yilmaz, opleidingsmanager Bestuurskunde, 020-5951733."])],
         related=[("Docent sociaal werk", "Amsterdam · 32 uur · schaal 11 · sluit 20 november 2025"),
                  ("Onderzoeker lectoraat Stedelijke Governance", "Amsterdam · 24 uur · schaal 11"),
                  ("Studieloopbaanbegeleider", "Amsterdam · 28 uur · schaal 10 · sluit 13 november 2025")])),
     ("Docent bestuurskunde", "Hogeschool van Amsterdam", "Amsterdam"))

G11_TEXT = """Technisch medewerker zuivering
Waterschap Hunze en Aa's

Standplaats
Veendam

Uren per week
36

Salaris
€ 3.015 - € 4.386 bruto per maand (schaal 8)

Opleiding
mbo 4

Dienstverband
vast

Publicatiedatum
donderdag 30 oktober 2025

Sluitingsdatum
woensdag 19 november 2025

Wat ga je doen?
Op onze rioolwaterzuiveringen wordt elke dag het afvalwater van tienduizenden huishoudens en bedrijven gezuiverd. Als technisch medewerker zuivering zorg je dat de installaties blijven draaien. Je voert onderhoud uit aan pompen, beluchters en schroefpersen, je lost storingen op en je denkt mee over verbeteringen. Je draait mee in de storingsdienst, gemiddeld eens in de zes weken.

Wat vragen wij?
- een afgeronde mbo 4-opleiding werktuigbouwkunde, elektrotechniek of mechatronica;
- ervaring met onderhoud aan technische installaties;
- VCA-VOL of de bereidheid dit te halen;
- je woont binnen 30 minuten van Veendam, in verband met de storingsdienst.

Wat bieden wij?
Een vaste baan voor 36 uur per week en een salaris van € 3.015 tot € 4.386 bruto per maand. Je krijgt een vergoeding voor de storingsdienst, een Individueel Keuzebudget van 17,05% en een bedrijfsbus.

Contact
Bel met Harm Mulder, teamleider Zuiveren, 0598-693812.

Bekijk ook
Operator waterzuivering | Assen | 36 uur | sluit 14 november 2025
Beheerder stuwen en gemalen | Veendam | 36 uur
"""
page("n3_hunzeenaas_technisch_medewerker_zuivering", "G11",
     "single; rendered text (label line, value line); weekday-prefixed dates; no reference",
     G11_TEXT, ("Technisch medewerker zuivering", "Waterschap Hunze en Aa's", "Veendam"), ext="txt")

page("n3_opdrachtoverheid_projectleider_omgevingsvisie_hilversum", "G12",
     "single; interim assignment on a broker (hourly rate, 'Sluit over 6 dagen' plus a printed date, Rekentool, broker fee); Aanvraagnummer HIL-2025-044",
     tpl_opdrachtoverheid(dict(
         title="Projectleider Omgevingsvisie (interim)", employer="Gemeente Hilversum", city="Hilversum",
         address="Hilversum, Noord-Holland", badge="Sluit over 6 dagen",
         chips='<span class="chip" title="Maximaal uurtarief">Max. € 110,00</span> <span class="chip" title="Uren per week">32</span> <span class="chip" title="Provincie">Noord-Holland</span>',
         canonical="https://www.opdrachtoverheid.nl/opdracht/projectleider-omgevingsvisie-hilversum-81177",
         facts=[("Aanvraagnummer", "HIL-2025-044"), ("Begindatum", "1 december 2025"), ("Einddatum", "31 mei 2026"),
                ("Uren per week", "32"), ("Standplaats", "Hilversum"), ("Publicatiedatum", nl_short("2025-11-03")),
                ("Reageren tot", "11-11-2025")],
         sections=[
             ("Omschrijving", [
                 "De gemeente Hilversum werkt aan een nieuwe omgevingsvisie, die in de zomer van 2026 aan de raad wordt "
                 "voorgelegd. Het ontwerp ligt er, maar de participatie met inwoners en de afstemming met de regio "
                 "moeten nog worden afgerond. Als interim projectleider neem je het project over van de huidige "
                 "projectleider en breng je het tot een vastgestelde visie.",
                 "Je stuurt een kernteam van zes adviseurs aan en rapporteert aan de programmamanager Ruimte."]),
             ("Eisen", [["minimaal een afgeronde hbo-opleiding in planologie, stedenbouw of bestuurskunde;",
                         "minimaal 5 jaar ervaring als projectleider in het ruimtelijk domein bij een gemeente;",
                         "aantoonbare ervaring met het opstellen van een omgevingsvisie of structuurvisie."]]),
             ("Wensen", [["ervaring met digitale participatie;", "kennis van de regionale opgaven in het Gooi."]]),
             ("Overige informatie", [
                 "Deze opdracht is ingedeeld in schaal 12. Het maximale uurtarief is € 110,00 exclusief btw.",
                 "Voor deze opdracht brengt de externe administratieve broker 2,25 per gewerkt uur in rekening bij de "
                 "winnende leverancier.",
                 "Reageren kan tot en met 11 november 2025, 12:00 uur. De gesprekken zijn op 17 november 2025 in het "
                 "raadhuis. Vragen? Neem contact op met opdrachtadviseur Tim Brouwer via +31 6 4410 2387."])],
         related=[("Senior adviseur ruimtelijke ordening", "Huizen · 24 uur · Max. € 95,00 · Sluit over 3 dagen"),
                  ("Programmamanager woningbouw", "Hilversum · 36 uur · Max. € 125,00 · Begindatum 1 januari 2026"),
                  ("Jurist omgevingsrecht", "Gooise Meren · 32 uur · Schaal 11 · Sluit over 8 dagen")])),
     ("Projectleider Omgevingsvisie (interim)", "Gemeente Hilversum", "Hilversum"))

page("n3_werkenbijzeeland_beleidsadviseur_mobiliteit", "G13",
     "single; provincie Drupal site; no reference",
     tpl_drupal(dict(
         site=SITES["zeeland"], title="Beleidsadviseur mobiliteit", employer="Provincie Zeeland", node=7012,
         intro="Hoe blijft Zeeland bereikbaar, ook in de kleine kernen? Daar denk jij over na.", rel_start=1960,
         canonical="https://werkenbij.zeeland.nl/vacatures/beleidsadviseur-mobiliteit",
         facts=[("Organisatie", "Provincie Zeeland"), ("Standplaats", "Middelburg"), ("Uren per week", "36"),
                ("Salaris", "€ 4.257 - € 6.091 bruto per maand"), ("Schaal", "11"), ("Opleidingsniveau", "hbo / wo"),
                ("Dienstverband", "Vast"), ("Publicatiedatum", nl_long("2025-10-31")), ("Sluitingsdatum", nl_long("2025-11-21"))],
         sections=[
             ("Wat ga je doen?", [
                 "Zeeland is een provincie van kleine kernen en lange afstanden. Busverbindingen staan onder druk, "
                 "terwijl inwoners zonder auto wel naar school, werk en zorg moeten kunnen. Als beleidsadviseur "
                 "mobiliteit werk je aan het nieuwe Mobiliteitsprogramma Zeeland. Je onderzoekt hoe vraaggestuurd "
                 "vervoer, deelmobiliteit en fietsroutes het openbaar vervoer kunnen aanvullen.",
                 ["je schrijft beleid en Statenvoorstellen over openbaar vervoer en fiets;",
                  "je werkt samen met gemeenten en vervoerders aan proeven met nieuwe vervoersvormen;",
                  "je bereidt de concessie voor het streekvervoer mee voor."]]),
             ("Wat vragen wij?", [["een hbo- of wo-opleiding in verkeerskunde, planologie of bestuurskunde;",
                                   "minimaal 3 jaar ervaring met mobiliteitsbeleid;",
                                   "je weet hoe je in een bestuurlijke omgeving resultaat boekt."]]),
             ("Wat bieden wij?", [
                 "Een vaste aanstelling voor 36 uur per week en een salaris van € 4.257 tot € 6.091 bruto per maand "
                 "(schaal 11). Je werkt in het provinciehuis in Middelburg en deels thuis.",
                 "Vragen? Bel Jacco Verhulst, teamleider Mobiliteit, via 0118-631902. Solliciteren kan tot en met 21 "
                 "november 2025."])],
         related=[("Projectleider fietsinfrastructuur", "Middelburg · 36 uur · schaal 11 · sluitingsdatum 28 november 2025"),
                  ("Adviseur openbaar vervoer", "Middelburg · 32 - 36 uur · schaal 10"),
                  ("Beleidsmedewerker havens", "Middelburg · 36 uur · schaal 10 · sluitingsdatum 14 november 2025")])),
     ("Beleidsadviseur mobiliteit", "Provincie Zeeland", "Middelburg"))

page("n3_werkenbijgroningen_data_analist_sociaal_domein", "G14",
     "single; gemeente WordPress site (dl facts); Vacaturenummer V2025-1187",
     tpl_gemeente_dl(dict(
         site=SITES["groningen"], title="Data-analist sociaal domein", employer="Gemeente Groningen", build="5.1.2",
         intro="Welke hulp werkt echt? Met jouw analyses weet de gemeente het beter.",
         canonical="https://werkenbij.groningen.nl/vacatures/data-analist-sociaal-domein/",
         facts=[("Organisatie", "Gemeente Groningen"), ("Directie", "Maatschappelijke Ontwikkeling"),
                ("Standplaats", "Groningen"), ("Uren per week", "32 - 36"),
                ("Salaris", "€ 3.771 - € 5.334 bruto per maand"), ("Schaal", "10"), ("Opleidingsniveau", "hbo / wo"),
                ("Dienstverband", "Vast"), ("Vacaturenummer", "V2025-1187"), ("Geplaatst op", nl_long("2025-10-30")),
                ("Reageren voor", nl_long("2025-11-16"))],
         sections=[
             ("Over de functie", [
                 "De gemeente Groningen geeft elk jaar honderden miljoenen euro's uit aan jeugdhulp, Wmo en "
                 "participatie. Maar welke hulp werkt, en voor wie? Als data-analist sociaal domein zoek je het uit. Je "
                 "koppelt gegevens uit de registraties van de wijkteams, zorgaanbieders en de uitkeringsadministratie "
                 "en maakt analyses waarmee beleidsadviseurs en het college keuzes kunnen maken.",
                 ["je bouwt en onderhoudt dashboards over jeugdhulp en Wmo;",
                  "je doet verdiepende analyses voor de monitor sociaal domein;",
                  "je zorgt samen met de privacy officer dat gegevens zorgvuldig worden gebruikt."]]),
             ("Wie zoeken wij?", [
                 "Je hebt een hbo- of wo-opleiding in statistiek, econometrie, sociologie of data science en minimaal 2 "
                 "jaar ervaring als data-analist. Je werkt met SQL, R of Python en je vertelt een helder verhaal bij je "
                 "cijfers."]),
             ("Wat bieden wij?", [["een salaris van € 3.771 tot € 5.334 bruto per maand (schaal 10) bij 36 uur;",
                                   "een vaste aanstelling;",
                                   "een Individueel Keuzebudget van 17,05%;",
                                   "een werkplek in het stadhuis en thuis."]]),
             ("Procedure", ["Reageer uiterlijk 16 november 2025. De gesprekken zijn op 25 november. Vragen? Bel Bart "
                            "Wiersma, teamleider Onderzoek en Statistiek, via 050-3671204."])],
         related=[("Onderzoeker Onderzoek en Statistiek", "Groningen · 36 uur · schaal 11 · Reageren voor 23 november 2025"),
                  ("Beleidsadviseur jeugd", "Groningen · 32 - 36 uur · schaal 11 · Reageren voor 20 november 2025"),
                  ("Informatieanalist", "Groningen · 36 uur · schaal 10 · Reageren voor 30 november 2025")])),
     ("Data-analist sociaal domein", "Gemeente Groningen", "Groningen"))

page("n3_werkenbijderechtspraak_gerechtssecretaris_strafrecht", "G15",
     "single; Rechtspraak careers site; employer printed as 'Rechtbank Limburg' (part of de Rechtspraak); Vacaturenummer RL-2025-117",
     tpl_org(dict(
         site=SITES["rechtspraak"], title="Gerechtssecretaris strafrecht", employer="Rechtbank Limburg",
         intro="Jij zorgt dat een strafzaak op zitting goed voorbereid is, en dat het vonnis klopt.",
         canonical="https://www.werkenbijderechtspraak.nl/vacatures/gerechtssecretaris-strafrecht-rl-2025-117",
         facts=[("Vacaturenummer", "RL-2025-117"), ("Organisatie", "Rechtbank Limburg"), ("Standplaats", "Maastricht"),
                ("Uren per week", "36"), ("Salaris", "€ 3.861 - € 5.523 bruto per maand"), ("Schaal", "10"),
                ("Opleiding", "WO"), ("Dienstverband", "Vast"), ("Publicatiedatum", nl_long("2025-11-04")),
                ("Sluitingsdatum", nl_long("2025-11-25"))],
         sections=[
             ("Wat ga je doen?", [
                 "Als gerechtssecretaris bij het team Strafrecht van de rechtbank Limburg bereid je strafzaken voor, "
                 "schrijf je conceptvonnissen en ben je aanwezig bij de behandeling ter zitting. Je werkt in Maastricht "
                 "en af en toe op de locatie in Roermond. Je bent de vaste sparringpartner van de rechters in je team."]),
             ("Wat vragen wij?", [["een afgeronde wo-opleiding Nederlands recht, bij voorkeur met strafrecht;",
                                   "je schrijft foutloos en helder;",
                                   "je kunt onder tijdsdruk zorgvuldig werken."]]),
             ("Wat bieden wij?", [
                 "Een vaste aanstelling voor 36 uur per week en een salaris van € 3.861 tot € 5.523 bruto per maand "
                 "(schaal 10). Daarnaast ontvang je een Individueel Keuzebudget van 16,37%.",
                 "Informatie over de functie: Mirjam Coenen, teamvoorzitter Strafrecht, 043-3298711. Solliciteren kan "
                 "tot en met 25 november 2025."])],
         related=[("Juridisch medewerker familierecht", "Roermond · 32 uur · schaal 9 · sluit 18 november 2025"),
                  ("Griffier kanton", "Maastricht · 36 uur · schaal 9"),
                  ("Rechter-plaatsvervanger", "Maastricht · enkele zittingen per maand")])),
     ("Gerechtssecretaris strafrecht", "Rechtbank Limburg", "Maastricht"))

page("n3_magnetme_belastingdienst_it_auditor", "G16",
     "single; magnet.me-style board (English chrome, Dutch text); no reference",
     tpl_magnet(dict(
         title="IT-auditor", employer="Belastingdienst", city="Apeldoorn", company_size="30,000 employees",
         posted_text=en_long("2025-11-01"), rel_start=93590,
         intro="Wil jij de systemen controleren waarmee miljoenen belastingaangiften worden verwerkt?",
         canonical="https://magnet.me/en/opportunity/935108/it-auditor",
         facts=[("Work experience", "2 to 5 years"), ("Full-time / part-time", "Full-time"),
                ("Job function", "Audit, IT"), ("Location", "Apeldoorn"), ("Hours", "36 per week"),
                ("Salary", "€4,221 - €6,110 per month"), ("Degree level", "Bachelor"),
                ("Required language", "Dutch (Fluent)"), ("Deadline", en_long("2025-11-24"))],
         sections=[
             ("Wat ga je doen?", [
                 "Als IT-auditor bij de Belastingdienst beoordeel je of de systemen voor aangiften, toeslagen en "
                 "inning betrouwbaar, veilig en controleerbaar zijn. Je plant audits, voert ze uit met een klein team en "
                 "schrijft rapporten voor het management. Je onderwerpen lopen uiteen van toegangsbeheer tot de "
                 "migratie van oude systemen naar de cloud."]),
             ("Wat vragen we?", [["een hbo-opleiding in IT of bedrijfskunde, aangevuld met een postbachelor IT-audit of de bereidheid die te volgen;",
                                  "minimaal 2 jaar ervaring in IT-audit, security of risicomanagement;",
                                  "je schrijft helder en onderbouwd."]]),
             ("Wat bieden we?", [
                 "Een vaste aanstelling voor 36 uur per week en een salaris van € 4.221 tot € 6.110 bruto per maand "
                 "(schaal 11), een Individueel Keuzebudget van 16,37% en een opleidingsbudget.",
                 "Vragen? Bel Niels Bakker, teamleider IT-audit, via 06-40729915."])],
         related=[("Security officer", "Belastingdienst · Utrecht · €4,221 - €6,110 per month · Deadline 28 November 2025"),
                  ("Data engineer", "Belastingdienst · Apeldoorn · €4,030 - €5,800 per month · Deadline 20 November 2025"),
                  ("Auditor financiële verantwoording", "Auditdienst Rijk · Den Haag · €3,674 - €5,496 per month")])),
     ("IT-auditor", "Belastingdienst", "Apeldoorn"))

page("n3_brinkhof_vergunningverlener_bouwen_haarlem", "G17",
     "single; detachering agency page, employer = client Gemeente Haarlem; secondment (assignment); no reference",
     tpl_detachering(dict(
         title="Vergunningverlener bouwen", employer="Gemeente Haarlem", city="Haarlem",
         consultant="Sven Admiraal · 06-22819034",
         intro="Voor de gemeente Haarlem zoeken wij een vergunningverlener bouwen voor een detachering van zes maanden.",
         canonical="https://www.brinkhofdetachering.nl/vacatures/vergunningverlener-bouwen-haarlem",
         facts=[("Opdrachtgever", "Gemeente Haarlem"), ("Plaats", "Haarlem"), ("Uren", "36 per week"),
                ("Salaris", "€ 3.900 - € 5.100 bruto per maand"), ("Opleiding", "hbo"),
                ("Type", "Detachering, 6 maanden"), ("Start", "1 december 2025"), ("Geplaatst", dmy("2025-11-02")),
                ("Reageren voor", dmy("2025-11-12"))],
         sections=[
             ("De opdracht", [
                 "De gemeente Haarlem krijgt meer aanvragen voor omgevingsvergunningen dan het team kan verwerken. "
                 "Als vergunningverlener bouwen beoordeel je aanvragen voor verbouwingen, dakopbouwen en nieuwbouw aan "
                 "de hand van het omgevingsplan en het Besluit bouwwerken leefomgeving. Je overlegt met "
                 "aanvragers, architecten en collega's van welstand en schrijft de besluiten."]),
             ("Wat vragen wij?", [["een afgeronde hbo-opleiding bouwkunde of ruimtelijke ordening;",
                                   "minimaal 2 jaar ervaring als vergunningverlener bij een gemeente;",
                                   "ervaring met het Omgevingsloket en een zaaksysteem."]]),
             ("Wat bieden wij?", [
                 "Je komt in dienst van Brinkhof en wordt voor zes maanden gedetacheerd bij de gemeente Haarlem, met "
                 "kans op verlenging. Je salaris ligt tussen € 3.900 en € 5.100 bruto per maand, afhankelijk van je "
                 "ervaring, plus een leaseauto of ov-kaart.",
                 "Reageren kan tot 12 november 2025."])],
         related=[("Toezichthouder bouw", "Gemeente Zandvoort · Zandvoort · 32 uur · detachering"),
                  ("Juridisch adviseur omgevingsrecht", "Gemeente Velsen · IJmuiden · 36 uur · detachering 12 maanden"),
                  ("Casemanager vergunningen", "Gemeente Haarlemmermeer · Hoofddorp · 36 uur")])),
     ("Vergunningverlener bouwen", "Gemeente Haarlem", "Haarlem"))

G18_TEXT = """Boswachter publiek Drents-Friese Wold

Staatsbosbeheer

Organisatie: Staatsbosbeheer
Werklocatie: Appelscha
Uren: 32 uur per week
Salaris: maximaal € 4.386 bruto per maand (schaal 8)
Opleiding: mbo 4 of hbo
Contract: jaarcontract met uitzicht op vast
Geplaatst op: 31 oktober 2025
Reageren tot en met: 14 november 2025

Wie zoeken we?
Ben jij het gezicht van het Drents-Friese Wold? Als boswachter publiek ontvang je bezoekers, geef je excursies en zorg je dat wandelaars, fietsers en ruiters het gebied met respect gebruiken. Je werkt vanuit het bezoekerscentrum in Appelscha en bent veel buiten, ook in het weekend en in de schoolvakanties.

Wat ga je doen?
  > excursies en activiteiten voor gezinnen en scholen organiseren en geven;
  > vrijwilligers begeleiden;
  > toezicht houden in het gebied, samen met de BOA's;
  > berichten schrijven voor de website en sociale media.

Wat vragen we?
Je hebt een mbo 4- of hbo-opleiding in natuur en recreatie of natuureducatie, en je vertelt enthousiast over wat je ziet. Ervaring met vrijwilligers is een pré.

Wat bieden we?
Een jaarcontract voor 32 uur per week met uitzicht op een vaste aanstelling en een salaris van maximaal € 4.386 bruto per maand. Je krijgt een dienstfiets en werkkleding.

Vragen? Bel met Jorien Bakker, teamleider Publiek, via 06-15382047.

Andere vacatures bij Staatsbosbeheer
Boswachter ecologie · Ommen · 36 uur · sluit 21 november 2025
Medewerker terreinbeheer · Appelscha · 36 uur
"""
page("n3_staatsbosbeheer_boswachter_publiek_appelscha", "G18",
     "single; rendered text; place printed as 'Appelscha' (municipality Ooststellingwerf); no reference",
     G18_TEXT, ("Boswachter publiek Drents-Friese Wold", "Staatsbosbeheer", "Appelscha"), ext="txt")


# --------------------------------------------------------------------------- write

def night_of(doc_id):
    return NIGHTS[doc_id.split("_", 1)[0]]


def write():
    wanted = {}
    for p in PAGES:
        path = NIGHTS_DIR / night_of(p["doc_id"]) / f"{p['doc_id']}.{p['ext']}"
        wanted[path] = p["content"]
    for night in NIGHTS.values():
        folder = NIGHTS_DIR / night
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():  # this script owns the night folders
            if old.is_file() and old not in wanted:
                old.unlink()
    for path, content in wanted.items():
        path.write_text(content, encoding="utf-8", newline="\n")
    rows = ["doc_id\tgroup\tnotes"]
    def group_key(g):
        m = re.fullmatch(r"([A-Z]+)(\d*)(\w*)", g)
        return (m.group(1), int(m.group(2) or 0), m.group(3))

    for p in sorted(PAGES, key=lambda p: (night_of(p["doc_id"]), group_key(p["group"]), p["doc_id"])):
        assert "\t" not in p["notes"] and "\n" not in p["notes"]
        rows.append(f"{p['doc_id']}\t{p['group']}\t{p['notes']}")
    TRUTH.write_text("\n".join(rows) + "\n", encoding="utf-8", newline="\n")


# --------------------------------------------------------------------------- check

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SKIP_TAGS = {"script", "style", "noscript", "template", "head"}
CHROME_TAGS = {"nav", "footer", "aside", "form"}
CHROME_CLASS = re.compile(r"cookie|consent|cky|cmplz|cc-window|related|vergelijkbaar|similar|andere|more-jobs|"
                          r"gerelateerd|wbdg-meer|bh-related|block-views|signup|calculator|voordelen|company-box|"
                          r"crumbs|breadcrumb|kruimelpad|vacatures-gerelateerd|"
                          r"\b(?:site-header|masthead|topnav|pb-header|wbdg-header|bh-header|header|kop|top|navbar)\b")
# The element that holds the vacancy description in each template.
DESC_CLASS = {"vacaturetekst", "vacature-tekst", "vacature__tekst", "vacancy__body", "vacancy__section", "col-lg-8",
              "opportunity__description", "field--name-body", "wbdg-vacature__tekst", "opdracht__tekst", "bh-text", "job"}
TXT_TAIL = re.compile(r"^(Andere vacatures|Vergelijkbare vacatures|Meer vacatures|Bekijk ook)", re.M)


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []
        self.visible, self.main, self.desc = [], [], []
        self.in_desc = 0
        self.skip = 0  # depth inside script/style/head
        self.chrome = 0  # depth inside nav/footer/related blocks
        self.jsonld, self._ld = [], None

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        is_chrome = tag in CHROME_TAGS or bool(CHROME_CLASS.search((a.get("class") or "") + " " + (a.get("id") or "")))
        is_desc = bool(DESC_CLASS & set((a.get("class") or "").split()))
        self.stack.append((tag, tag in SKIP_TAGS, is_chrome, is_desc))
        self.skip += tag in SKIP_TAGS
        self.chrome += is_chrome
        self.in_desc += is_desc
        if tag == "script" and a.get("type") == "application/ld+json":
            self._ld = []

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            self.errors.append(f"stray </{tag}> at line {self.getpos()[0]}")
            return
        top, sk, ch, de = self.stack.pop()
        if top != tag:
            self.errors.append(f"</{tag}> closes <{top}> at line {self.getpos()[0]}")
        self.skip -= sk
        self.chrome -= ch
        self.in_desc -= de
        if tag == "script" and self._ld is not None:
            self.jsonld.append("".join(self._ld))
            self._ld = None

    def handle_data(self, data):
        if self._ld is not None:
            self._ld.append(data)
        if self.skip:
            return
        self.visible.append(data)
        if not self.chrome:
            self.main.append(data)
            if self.in_desc:
                self.desc.append(data)


def words(text):
    return [w for w in ("".join(c for c in t.lower() if c.isalnum()) for t in text.split()) if w]


def shingles(text, k=4):
    ws = words(text)
    return {" ".join(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def check():
    problems = []
    lines = TRUTH.read_text(encoding="utf-8").splitlines()
    if lines[0] != "doc_id\tgroup\tnotes":
        problems.append(f"truth header is {lines[0]!r}")
    truth = {}
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 3 or not all(cols[:2]):
            problems.append(f"truth line {n}: want 3 columns, got {cols!r}")
            continue
        if cols[0] in truth:
            problems.append(f"truth line {n}: doc_id {cols[0]} twice")
        truth[cols[0]] = (cols[1], cols[2])

    on_disk = {}
    for night in sorted(NIGHTS.values()):
        for f in sorted((NIGHTS_DIR / night).iterdir()):
            stem = f.name.split(".", 1)[0]
            if stem in on_disk:
                problems.append(f"file name {stem} used on two nights: {on_disk[stem]} and {f}")
            on_disk[stem] = f
            if f.suffix not in (".html", ".txt"):
                problems.append(f"unexpected file {f}")
            if night_of(stem) != night:
                problems.append(f"{f}: prefix does not match the night folder")
    for doc_id in truth:
        if doc_id not in on_disk:
            problems.append(f"truth doc_id {doc_id} has no file")
    for doc_id in on_disk:
        if doc_id not in truth:
            problems.append(f"file {on_disk[doc_id]} is not in the truth file")

    expected = {p["doc_id"]: p for p in PAGES}
    main_text, desc_text = {}, {}
    for doc_id, f in on_disk.items():
        raw = f.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{f}: not UTF-8 ({e})")
            continue
        if f.suffix == ".html":
            c = Checker()
            c.feed(text)
            c.close()
            if c.stack:
                c.errors.append("unclosed: " + ", ".join(t[0] for t in c.stack))
            for e in c.errors:
                problems.append(f"{f.name}: {e}")
            for ld in c.jsonld:
                try:
                    json.loads(ld)
                except json.JSONDecodeError as e:
                    problems.append(f"{f.name}: JSON-LD does not parse: {e}")
            visible = " ".join(" ".join(c.visible).split())
            main_text[doc_id] = " ".join(" ".join(c.main).split())
            desc_text[doc_id] = " ".join(" ".join(c.desc).split())
            if len(desc_text[doc_id].split()) < 60:
                problems.append(f"{f.name}: description container not found or too short")
        else:
            visible = " ".join(text.split())
            m = TXT_TAIL.search(text)
            main_text[doc_id] = " ".join((text[:m.start()] if m else text).split())
            desc_text[doc_id] = main_text[doc_id]
        if doc_id in expected:
            for what, value in zip(("title", "employer", "city"), expected[doc_id]["check"]):
                if value not in visible:
                    problems.append(f"{f.name}: {what} {value!r} is not in the visible text")
        else:
            problems.append(f"{f.name}: not produced by this script")

    # Similarity report (4-word shingles over the text outside nav/related/cookie blocks,
    # the same shingling as crates/vacex-core/src/dedup.rs).
    sh = {k: shingles(v) for k, v in main_text.items()}
    sd = {k: shingles(v) for k, v in desc_text.items()}
    groups = {}
    for doc_id, (g, _) in truth.items():
        groups.setdefault(g, []).append(doc_id)
    pairs = []
    for g, ids in sorted(groups.items()):
        for a, b in combinations(sorted(ids), 2):
            pairs.append((f"{g} (same)", a, b))
    for ga, gb in (("E1a", "E1b"), ("E2a", "E2b"), ("E3a", "E3b")):
        for a in groups.get(ga, []):
            for b in groups.get(gb, []):
                pairs.append((f"{ga}/{gb} (different)", a, b))
    best_cross = max(((jaccard(sh[a], sh[b]), a, b) for a, b in combinations(sorted(sh), 2)
                      if truth[a][0] != truth[b][0] and {truth[a][0][:2], truth[b][0][:2]} != {"E1", "E2", "E3"}
                      and truth[a][0][:2] != truth[b][0][:2]), default=None)
    print("Jaccard of 4-word shingles: 'main' = text outside nav/cookie/related blocks, 'desc' = the description container")
    print(f"{'pair':<22} {'main':>5} {'desc':>5}  main equal  doc_ids")
    for label, a, b in pairs:
        same_hash = main_text[a].lower() == main_text[b].lower()
        print(f"{label:<22} {jaccard(sh[a], sh[b]):5.2f} {jaccard(sd[a], sd[b]):5.2f}  {str(same_hash):<10}  {a}  {b}")
    if best_cross:
        print(f"highest pair across unrelated groups: {best_cross[0]:.2f} ({best_cross[1]}, {best_cross[2]})")

    n_groups = len(groups)
    per_night = {night: sum(1 for f in on_disk.values() if f.parent.name == night) for night in NIGHTS.values()}
    print(f"pages: {len(on_disk)} ({', '.join(f'{k}: {v}' for k, v in per_night.items())}); vacancies (groups): {n_groups}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("check: OK")
    return 0


if __name__ == "__main__":
    if "--check" not in sys.argv[1:]:
        write()
    sys.exit(check())
