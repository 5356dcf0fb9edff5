"""Polish genuine business messages (22-26)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import threads as T
import util as U
from msg import Msg, alt, hdrs_apple, hdrs_outlook_smtp, outlook_classic_boundary, outlook_smtp_msgid

NIP = B.pl_nip("527281946")
PARTNER_NIP = B.pl_nip("733104826")


def _nrb(ib):
    return " ".join([ib[2:4]] + [ib[i:i + 4] for i in range(4, 28, 4)])


def b22():
    m = Msg("business", 22, "pl", "logistics-partner-invoice-pdf")
    r = m.rng
    m.t = I.at(2026, 11, 30, 12, 4, 33, "EU")
    ip = "83.%d.%d.%d" % (r.randint(0, 31), r.randint(0, 255), r.randint(2, 250))
    m.env = env = I.homepl(r, m.t, ip, client_rdns="host-%s.static.inea.pl" % ip.replace(".", "-"))
    m.rcpt = "malgorzata.lukasik@example.com"
    m.mailfrom = "ksiegowosc@partner-logistik.pl"
    cs = "iso-8859-2"
    paras = [
        "Szanowni Państwo,",
        "",
        "w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0871 za usługi magazynowe i transportowe w listopadzie 2026 r.",
        "",
        "Kwota brutto: 40 996,20 zł",
        "Termin płatności: 14.12.2026",
        "Rachunek: %s (mBank S.A.)" % _nrb(C.PARTNER_IBAN),
        "",
        "Faktura została również wystawiona w KSeF - numer KSeF w stopce dokumentu.",
        "",
        "Z poważaniem",
        "Dział Księgowości",
        "Partner Logistik sp. z o.o.",
        "ul. Magazynowa 6, 95-010 Stryków",
        "NIP %s" % B.fmt_nip(PARTNER_NIP),
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "PL")
    doc = pdf.make_pdf([
        ("Partner Logistik sp. z o.o.", 15, True), "ul. Magazynowa 6, 95-010 Stryków · NIP %s" % B.fmt_nip(PARTNER_NIP), "", "",
        ("FAKTURA VAT nr FV/2026/11/0871", 13, True), "Data wystawienia: 30.11.2026   Data sprzedaży: 30.11.2026", "",
        "Nabywca: Example Group Polska sp. z o.o., ul. Łopuszańska 95, 02-457 Warszawa, NIP %s" % B.fmt_nip(NIP), "",
        "1. Magazynowanie części zamiennych - listopad 2026        28 600,00 zł", "2. Dostawy do WAW1 (4 kursy)                               4 090,00 zł",
        "3. Transport 16.11.2026 (umowa ramowa)                         640,00 zł", "",
        "Razem netto: 33 330,00 zł   VAT 23%: 7 665,90 zł", ("Razem brutto: 40 995,90 zł", 11, True), "",
        "Termin płatności: 14.12.2026, przelew na rachunek %s" % _nrb(C.PARTNER_IBAN), "",
        ("Numer KSeF: %s-20261130-%s-%s" % (PARTNER_NIP, I.rhex(r, 12).upper(), I.rhex(r, 2).upper()), 8),
    ], title="FV/2026/11/0871", author="Partner Logistik", creator="Comarch ERP Optima", producer="Comarch ERP Optima", date="D:20261130115822+01'00'")
    msgid = outlook_smtp_msgid(r, m.t, "partner-logistik.pl")
    h, post = hdrs_outlook_smtp(m.t, M.addr("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl", cs),
                                M.addr("Małgorzata Łukasik", "malgorzata.lukasik@example.com", cs),
                                M.hdr_text("Faktura VAT FV/2026/11/0871 - Partner Logistik sp. z o.o.", cs), msgid, lang="pl", rng=r)
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(doc, "application/pdf", "FV_2026_11_0871.pdf", describe="invoice PDF (Polish text)"),
    ], bnd(0))
    m.what = "Genuine monthly VAT invoice from the logistics partner's accounts mailbox with a plain PDF"
    m.why = "Partner's own domain on home.pl from a Polish office IP, unchanged mBank account, invoice also in KSeF, no password or archive"
    m.hard_neg_of = [22]
    return m


def b23():
    m = Msg("business", 23, "pl", "customer-complaint-shop-down-wp")
    r = m.rng
    m.t = I.at(2026, 11, 27, 7, 3, 58, "EU")
    m.env = env = I.wppl(r, m.t, "31.%d.%d.%d" % (r.randint(0, 63), r.randint(0, 255), r.randint(2, 250)))
    m.rcpt = "agnieszka.dabrowska@example.com"
    m.mailfrom = "k.nowak.natura@wp.pl"
    text = M.paras_to_text([
        "Dzień dobry Pani Agnieszko,",
        "",
        "od wczoraj wieczorem nasz sklep sklep-natura-ziola.pl działa bardzo wolno, a dziś rano koszyk w ogóle się nie ładuje (błąd 504). Akurat dziś ruszamy z promocją na Black Friday i mam już kilka telefonów od klientek, że nie mogą złożyć zamówienia.",
        "",
        "Zgłosiłem to też na infolinii o 6:40, ale dostałem tylko numer zgłoszenia 77319. Czy mogłaby Pani sprawdzić, czy ktoś się tym zajmuje? Jeśli trzeba zwiększyć zasoby VPS na ten weekend, to proszę o ofertę - zapłacę, byle działało.",
        "",
        "Pozdrawiam",
        "Krzysztof Nowak",
        "Sklep Zielarski Natura",
        "tel. 601 224 718",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "EU")), ("From", M.addr("Krzysztof Nowak", "k.nowak.natura@wp.pl", "UTF-8", "B")),
                 ("To", M.addr("Agnieszka Dąbrowska", "agnieszka.dabrowska@example.com", "UTF-8", "B")),
                 ("Message-ID", "<%s@wp.pl>" % I.rhex(r, 24)), ("Subject", M.hdr_text("Sklep nie działa - Black Friday, zgłoszenie 77319", "UTF-8", "B")),
                 ("MIME-Version", "1.0"), ("X-Mailer", "Poczta WP")]
    m.body = M.text_part(text, "plain", "utf-8", "base64", label="UTF-8")
    m.what = "Customer complaint from an online-shop owner (wp.pl consumer mail) about a slow VPS on Black Friday"
    m.why = "Known customer, ticket number, asks for help and an offer; freemail but no links, attachments or payment instructions"
    return m


def b24():
    m = Msg("business", 24, "pl", "partner-thread-reply-genuine")
    r = m.rng
    m.t = T.PARTNER_R_T
    ip = "83.%d.%d.%d" % (r.randint(0, 31), r.randint(0, 255), r.randint(2, 250))
    m.env = env = I.homepl(r, m.t, ip, client_rdns="host-%s.static.inea.pl" % ip.replace(".", "-"))
    m.rcpt = "malgorzata.lukasik@example.com"
    m.mailfrom = "t.zielinski@partner-logistik.pl"
    cs = "windows-1250"
    quote = U.outlook_quote("pl", "Małgorzata Łukasik <malgorzata.lukasik@example.com>", T.PARTNER_Q_T, "EU",
                            "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>", T.PARTNER_SUBJ, T.PARTNER_Q_BODY)
    paras = T.PARTNER_R_BODY + quote
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "PL")
    h, post = hdrs_outlook_smtp(m.t, M.addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", cs),
                                M.addr("Małgorzata Łukasik", "malgorzata.lukasik@example.com", cs),
                                M.hdr_text("RE: " + T.PARTNER_SUBJ, cs), T.PARTNER_R_ID, lang="pl", rng=r,
                                reply=(T.PARTNER_Q_ID, T.PARTNER_Q_ID), depth=1)
    m.headers = h
    m.post_headers = post
    m.body = alt(text, html, cs, "quoted-printable", "quoted-printable", outlook_classic_boundary(r, m.t)(0))
    m.what = "Partner Logistik's key-account manager confirms a delivery date and the transport cost in the real thread (later hijacked in attack/22)"
    m.why = "Genuine reply via Outlook from the partner's office IP on home.pl, quotes the original request, no attachment or payment change"
    m.hard_neg_of = [22]
    return m


def b25():
    m = Msg("business", 25, "pl", "event-newsletter-brevo")
    r = m.rng
    m.t = I.at(2026, 10, 14, 8, 0, 12, "EU")
    m.env = env = I.brevo(r, m.t)
    m.rcpt = "pawel.wrobel@example.com"
    m.mailfrom = "bounces-%d-%s@sender-sib.com" % (r.randint(100000, 999999), I.rhex(r, 10))
    unsub = "https://dcforum.r.sp1-brevo.net/mk/un/v2/%s" % I.rstr(r, 80, I.ALNUM + "-_")
    paras = [
        "Data Center Forum Warszawa 2027 - rejestracja otwarta",
        "",
        "Szanowni Państwo,",
        "",
        "zapraszamy na 9. edycję Data Center Forum, które odbędzie się 16-17 marca 2027 r. w EXPO XXI w Warszawie. W programie m.in.: zasilanie i przyłącza w aglomeracji warszawskiej, chłodzenie cieczą w obiektach kolokacyjnych, dyrektywa EED i raportowanie efektywności energetycznej.",
        "",
        "Do 31 grudnia obowiązuje cena early bird: 890 zł netto (zamiast 1 290 zł).",
        "",
        "Program i rejestracja: https://dcforum.r.sp1-brevo.net/mk/cl/f/sh/%s" % I.rstr(r, 60, I.ALNUM + "-_"),
        "",
        "Do zobaczenia w marcu!",
        "Zespół Data Center Forum",
        "",
        "Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter DC Forum. Wypisz się: %s" % unsub,
    ]
    html = M.simple_html("<table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222\"><tr><td style=\"background:#14213d;color:#fca311;padding:20px;font-size:22px;font-weight:bold\">DATA CENTER FORUM 2027</td></tr><tr><td style=\"padding:20px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:7] if p)
                         + "<p><a href=\"%s\" style=\"background:#fca311;color:#14213d;padding:10px 20px;text-decoration:none;font-weight:bold\">Zarejestruj się</a></p>" % paras[8].split(": ", 1)[1]
                         + "<p>Do zobaczenia w marcu!<br>Zespół Data Center Forum</p></td></tr><tr><td style=\"padding:14px 20px;font-size:11px;color:#888\">Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter DC Forum. <a href=\"%s\">Wypisz się</a></td></tr></table>" % unsub,
                         "utf-8", "DC Forum")
    m.headers = [("From", "Data Center Forum <newsletter@dcforum.pl>"), ("To", "pawel.wrobel@example.com"),
                 ("Subject", M.hdr_text("Data Center Forum Warszawa 2027 - rejestracja otwarta, early bird do 31.12", "utf-8", "Q")),
                 ("Date", I.rfc2822(m.t, "UTC")), ("Message-Id", env.msgid), ("MIME-Version", "1.0"),
                 ("List-Unsubscribe", "<%s>, <mailto:unsubscribe@dcforum.pl?subject=unsubscribe>" % unsub),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    m.body = alt(M.paras_to_text(paras), html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8", ct_style="plain")
    m.what = "Subscribed industry-event newsletter (Polish) via Brevo with List-Unsubscribe and one-click unsubscribe"
    m.why = "Opt-in newsletter, standard ESP infrastructure and unsubscribe headers, no credential or payment request beyond a public event registration"
    return m


def b26():
    m = Msg("business", 26, "pl", "colleague-sick-leave-private-onet")
    r = m.rng
    m.t = I.at(2026, 11, 23, 7, 12, 40, "EU")
    m.env = env = I.wppl(r, m.t, "37.%d.%d.%d" % (r.randint(47, 48), r.randint(0, 255), r.randint(2, 250)), onet=True)
    m.rcpt = "pawel.wrobel@example.com"
    m.mailfrom = "agnieszka.dabrowska@op.pl"
    text = M.paras_to_text([
        "Cześć Paweł,",
        "",
        "niestety rozłożyła mnie grypa, lekarz wystawił mi L4 do piątku 27.11 włącznie - e-ZLA powinno już być widoczne w PUE ZUS, więc kadry dostaną je automatycznie.",
        "",
        "Spotkanie z Natura (Nowak) w środę trzeba przełożyć - napisałam już do klienta. Oferta dla MedLab jest w CRM w wersji roboczej, Tomek może ją dokończyć, ceny są uzgodnione z Julią.",
        "",
        "Piszę z prywatnej poczty, bo laptop został w biurze.",
        "",
        "Pozdrawiam",
        "Aga",
    ])
    msgid = "<%s@op.pl>" % I.ruuid(r, upper=True)
    m.headers = hdrs_apple(m.t, M.addr("Agnieszka Dąbrowska", "agnieszka.dabrowska@op.pl", "utf-8"),
                           M.addr("Paweł Wróbel", "pawel.wrobel@example.com", "utf-8"), M.hdr_text("L4 do piątku", "utf-8"),
                           msgid, mailer="iPhone Mail (22B91)")
    m.body = M.text_part(text, "plain", "utf-8", "base64", label="utf-8", ct_style="plain")
    m.what = "Sales colleague reports sick leave (e-ZLA) to her manager from her private Onet mailbox"
    m.why = "Private address on the same provider as attack/26, but ordinary sick-leave logistics with verifiable details; no secrecy, no payment or channel switch"
    m.hard_neg_of = [26]
    return m


ALL = [b22, b23, b24, b25, b26]
