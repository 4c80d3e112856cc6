"""Shared template for the saved 'agenda item' pages of the Brackenshire County
Council democracy portal (ModernGov-style issue/agenda item pages), plus a
renderer that produces what a reader gets by selecting all on the page and
pasting it as plain text (visible text in DOM order, scripts/styles dropped,
image alt text kept).

Each page's content lives in ../<document-id>/page.py as a dict PAGE; see
build_html().  Minute text markup (one block per blank-line-separated chunk):
  plain text        -> paragraph
  '! text'          -> bold paragraph (e.g. RESOLVED:)
  '> text'          -> indented paragraph (lettered / roman sub-points)
  '- text'          -> bullet item (consecutive ones form one list)
"""
import html
import re
from urllib.parse import quote
from html.parser import HTMLParser

SITE = "https://democracy.brackenshire.gov.uk"
COMMITTEE_ID = 214


def esc(s):
    return html.escape(s, quote=True)


def blocks_to_html(text):
    out, bullets = [], []
    def flush():
        if bullets:
            out.append('<ul class="mgBulletList">\n' + "\n".join(f"<li>{b}</li>" for b in bullets) + "\n</ul>")
            bullets.clear()
    for chunk in [c.strip() for c in text.strip().split("\n\n") if c.strip()]:
        chunk = re.sub(r"\s*\n\s*", " ", chunk)
        if chunk.startswith("- "):
            bullets.append(esc(chunk[2:]))
            continue
        flush()
        if chunk.startswith("! "):
            out.append(f'<p class="mgNormal"><strong>{esc(chunk[2:])}</strong></p>')
        elif chunk.startswith("> "):
            out.append(f'<p class="mgNormal mgIndent">{esc(chunk[2:])}</p>')
        else:
            out.append(f'<p class="mgNormal">{esc(chunk)}</p>')
    flush()
    return "\n".join(out)


def doc_list(docs):
    items = []
    for d in docs:
        title, size, sid, fname = d
        items.append(
            f'<li><a class="mgDocLink" href="{SITE}/documents/s{sid}/{quote(fname)}" '
            f'title="Link to document \'{esc(title)}\'">{esc(title)} '
            f'<img class="mgPdfIcon" src="agenda_files/pdf.gif" alt="pdf icon" width="16" height="16"> '
            f'<span class="mgFileSize">PDF {esc(size)}</span></a></li>')
    return '<ul class="mgActionList">\n' + "\n".join(items) + "\n</ul>"


STYLE = """
body{font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#0b0c0c;margin:0;background:#fff}
a{color:#1d5a8a}a:focus{background:#ffdd00;outline:3px solid #ffdd00}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;z-index:10}
#cookieBanner{background:#f3f2f1;border-bottom:3px solid #1d5a8a;padding:16px 24px}
#cookieBanner h2{font-size:19px;margin:0 0 8px}#cookieBanner button{margin-right:8px;padding:6px 14px;border:0;background:#00703c;color:#fff;font-size:16px;cursor:pointer}
#cookieBanner button.secondary{background:#dcdcdc;color:#0b0c0c}
#siteHeader{background:#1d3a5f;color:#fff;padding:12px 24px;display:flex;justify-content:space-between;align-items:center}
#siteHeader .brand{color:#fff;font-weight:bold;font-size:22px;text-decoration:none}#siteHeader .brand span{display:block;font-size:15px;font-weight:normal}
#siteSearch label{position:absolute;left:-9999px}#siteSearch input{padding:6px;width:220px}
#mgNav{background:#2b5c8a}#mgNav ul{list-style:none;margin:0;padding:0 16px;display:flex;flex-wrap:wrap}
#mgNav li a{display:block;color:#fff;padding:10px 12px;text-decoration:none}#mgNav li a:hover{text-decoration:underline}
#breadcrumb{padding:10px 24px;font-size:14px}#breadcrumb ol{list-style:none;margin:0;padding:0}#breadcrumb li{display:inline}
#mgMain{max-width:960px;padding:0 24px 32px}
h1.mgMainTitleTxt{font-size:32px;margin:16px 0}
.mgSubTitleTxt{font-size:22px;margin:18px 0 8px}
.mgSectionTitle{font-weight:bold;font-size:18px;margin:22px 0 6px;border-bottom:1px solid #b1b4b6;padding-bottom:4px}
.mgIndent{margin-left:2.5em}
.mgActionList{list-style:none;padding-left:0}.mgActionList li{margin:6px 0}
.mgFileSize{color:#505a5f;font-size:14px}.mgPdfIcon{vertical-align:middle;border:0}
.mgContact{background:#f3f2f1;padding:12px 16px;margin-top:24px}
#siteFooter{background:#1d3a5f;color:#fff;padding:20px 24px;font-size:14px}
#siteFooter a{color:#fff}#siteFooter ul{list-style:none;padding:0;margin:0 0 10px;display:flex;flex-wrap:wrap;gap:16px}
@media print{#cookieBanner,#mgNav,#siteSearch,#siteFooter{display:none}}
"""

SCRIPT_HEAD = """
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', {'analytics_storage': 'denied'});
var mgSiteRoot = '/';
"""

SCRIPT_FOOT = """
(function () {
  var banner = document.getElementById('cookieBanner');
  function setConsent(v) {
    document.cookie = 'bcc_cookie_consent=' + v + ';path=/;max-age=31536000;SameSite=Lax';
    if (v === 'accepted') { gtag('consent', 'update', {'analytics_storage': 'granted'}); }
    banner.style.display = 'none';
  }
  if (document.cookie.indexOf('bcc_cookie_consent=') !== -1) { banner.style.display = 'none'; }
  document.getElementById('cookieAccept').onclick = function () { setConsent('accepted'); };
  document.getElementById('cookieReject').onclick = function () { setConsent('rejected'); };
})();
"""

NAV = [("Home", "/mgMemberIndex.aspx?bcr=1" if False else "/"), ("Councillors", "/mgMemberIndex.aspx?bcr=1"),
       ("Committees", "/mgListCommittees.aspx?bcr=1"), ("Meetings calendar", "/mgCalendarMonthView.aspx?GL=1&bcr=1"),
       ("Decisions", "/mgDelegatedDecisions.aspx?bcr=1"), ("Forward Plan", "/mgListPlans.aspx?RPId=512&bcr=1"),
       ("Petitions", "/mgEPetitionListDisplay.aspx?bcr=1"), ("Search documents", "/ieDocSearch.aspx?bcr=1"),
       ("Outside bodies", "/mgListOutsideBodies.aspx?bcr=1"), ("Subscribe to updates", "/mgRegisterKeywordInterest.aspx?bcr=1")]

FOOTER_LINKS = [("Accessibility statement", "/accessibility"), ("Contact us", "https://www.brackenshire.gov.uk/contact-us"),
                ("Privacy notice", "https://www.brackenshire.gov.uk/privacy"), ("Cookies", "/cookies"),
                ("Terms of use", "https://www.brackenshire.gov.uk/terms"), ("Site map", "/mgSiteMap.aspx"),
                ("Brackenshire County Council website", "https://www.brackenshire.gov.uk/")]


def build_html(P):
    d = P["meeting_date"]  # dd/mm/yyyy
    title = P["title"]
    meet_url = f"{SITE}/ieListDocuments.aspx?CId={COMMITTEE_ID}&amp;MId={P['mid']}&amp;Ver=4"
    nav = "\n".join(f'<li><a href="{SITE}{u if u.startswith("/") else u}">{esc(t)}</a></li>' for t, u in NAV)
    foot = "\n".join(f'<li><a href="{u if u.startswith("http") else SITE + u}">{esc(t)}</a></li>' for t, u in FOOTER_LINKS)
    decision = blocks_to_html(P["decision"]) if P.get("decision") else ""
    parts = []
    parts.append(f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Agenda item - {esc(title)}">
<title>Agenda item - {esc(title)} | Brackenshire County Council - Democracy</title>
<link rel="stylesheet" href="agenda_files/mgStyles.css">
<link rel="icon" href="agenda_files/favicon.ico">
<style>{STYLE}</style>
<script>{SCRIPT_HEAD}</script>
</head>
<body>
<a class="skip" href="#mgMain">Skip to main content</a>
<div id="cookieBanner" role="region" aria-label="Cookies on Brackenshire County Council - Democracy">
<h2>Cookies on Brackenshire County Council - Democracy</h2>
<p>We use some essential cookies to make this website work. We would also like to set analytics cookies that help us understand how you use the site, so that we can improve it.</p>
<button type="button" id="cookieAccept">Accept analytics cookies</button>
<button type="button" id="cookieReject" class="secondary">Reject analytics cookies</button>
<a href="{SITE}/cookies">View cookies</a>
</div>
<header id="siteHeader">
<a class="brand" href="{SITE}/"><img src="agenda_files/bcc-logo.png" alt="Brackenshire County Council" height="40"> <span>Democracy</span></a>
<form id="siteSearch" action="{SITE}/ieDocSearch.aspx" method="get" role="search">
<label for="searchText">Search this site</label>
<input type="search" id="searchText" name="ST" placeholder="Search this site">
<button type="submit">Search</button>
</form>
</header>
<nav id="mgNav" aria-label="Main menu">
<ul>
{nav}
</ul>
</nav>
<nav id="breadcrumb" aria-label="Breadcrumb">
<p class="mgBreadcrumb"><span>You are here: </span><a href="{SITE}/">Home</a> &gt; <a href="{SITE}/mgListCommittees.aspx?bcr=1">Committees</a> &gt; <a href="{SITE}/mgCommitteeDetails.aspx?ID={COMMITTEE_ID}">Health and Wellbeing Board</a> &gt; <a href="{meet_url}">Meeting {d}</a> &gt; <span aria-current="page">Agenda item</span></p>
</nav>
<main id="mgMain">
<h1 class="mgMainTitleTxt">Agenda item</h1>
<p class="mgSubTitle">{esc(title)}</p>
<p class="mgMeetingLine"><span class="mgLabel">Meeting: </span><a href="{meet_url}">{d} - Health and Wellbeing Board (Item {P['item']})</a></p>
<h2 class="mgSubTitleTxt">{P['item']}. {esc(title)}</h2>
<div class="mgSectionTitle">Purpose of item:</div>
{blocks_to_html(P['purpose'])}
""")
    if decision:
        parts.append(f'<div class="mgSectionTitle">Decision:</div>\n{decision}\n')
    parts.append(f'<div class="mgSectionTitle">Minutes:</div>\n<div class="mgMinutes">\n{blocks_to_html(P["minutes"])}\n</div>\n')
    parts.append(f'<div class="mgSectionTitle">Supporting documents:</div>\n{doc_list(P["supporting"])}\n')
    if P.get("additional"):
        parts.append(f'<div class="mgSectionTitle">Additional documents:</div>\n{doc_list(P["additional"])}\n')
    parts.append(f"""<div class="mgContact">
<p><strong>Contact:</strong> {esc(P['contact'])}</p>
</div>
<p class="mgPrint"><a href="{SITE}/mgAi.aspx?ID={P['aid']}&amp;Print=1">Print this page</a> | <a href="{meet_url}">View the agenda and minutes for this meeting</a></p>
</main>
<footer id="siteFooter">
<ul>
{foot}
</ul>
<p>Brackenshire County Council, County Hall, Castle Street, Wardenbury WB1 2CH. Telephone: 01632 960000</p>
<p>&copy; Brackenshire County Council 2025. All rights reserved.</p>
</footer>
<script>{SCRIPT_FOOT}</script>
</body>
</html>
""")
    return "".join(parts)


class _Text(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "ol", "nav", "header", "footer",
             "main", "form", "section", "tr", "table", "br"}
    PARA = {"p", "h1", "h2", "h3", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def _nl(self, n=1):
        cur = "".join(self.out)
        trailing = len(cur) - len(cur.rstrip("\n"))
        if trailing < n:
            self.out.append("\n" * (n - trailing))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag == "img" and not self.skip and a.get("alt"):
            self.out.append(a["alt"])
        elif tag in self.BLOCK:
            self._nl(2 if tag in self.PARA else 1)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self._nl(2 if tag in self.PARA else 1)

    def handle_data(self, data):
        if self.skip:
            return
        data = re.sub(r"\s+", " ", data)
        if not data.strip():
            cur = "".join(self.out)
            if cur and not cur.endswith((" ", "\n")) and data:
                self.out.append(" ")
            return
        cur = "".join(self.out)
        if cur.endswith("\n"):
            data = data.lstrip()
        self.out.append(data)


def html_to_text(doc):
    p = _Text()
    p.feed(doc)
    text = "".join(p.out)
    lines = [ln.rstrip() for ln in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text


def substance_words(P):
    return sum(len(P[k].split()) for k in ("purpose", "decision", "minutes") if P.get(k))
