"""Genuine business messages, Polish (22-26)."""
import mime
import htm
import infra as I
from company import S, PLOG_IBAN, PLOG_NIP, EG_PL_NIP
from ids import nrb, fmt_nip
from kit import plain, html, alt, mixed, att, pdf_doc, pdf_date, dedent
from msg import M

F = "business"


def _plog(pc, n=0):
    return I.OutlookDesktop(lang="pl", zone="pl", pc=pc, client_rdns="89-64-12-7.dynamic.chello.pl",
                            client_ip="89.64.12.7",
                            out=("cloudserver094512.home.pl", "cloudserver094512.home.pl", "79.96.171.12"))


INV_HEAD = """
# Partner Logistik sp. z o.o.
ul. Składowa 12, 61-897 Poznań | NIP %s | KRS 0000481266 | BDO 000118734
"""


def b22():
    ksef = "%s-20261102-1F8E4C2A9B70-3D" % PLOG_NIP
    body = dedent("""
    Dzień dobry,

    w załączeniu przesyłamy wizualizację faktury FV/2026/11/142 za usługi magazynowe w październiku 2026 r. Faktura została wystawiona w KSeF i jest dostępna w Państwa Aplikacji Podatnika.

    Numer KSeF: %s
    Kwota brutto: 19 060,08 zł
    Termin płatności: 02.12.2026

    Z poważaniem
    Dział Księgowości
    Partner Logistik sp. z o.o.
    ul. Składowa 12, 61-897 Poznań
    tel. 61 842 77 10
    """) % ksef
    inv = (INV_HEAD % fmt_nip(PLOG_NIP)) + """
Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 58, 54-204 Wrocław, NIP %s

## Faktura VAT nr FV/2026/11/142 (wizualizacja)
Numer KSeF: %s
Data wystawienia: 02.11.2026          Data sprzedaży: 31.10.2026

Lp.  Nazwa usługi                                        Ilość   Cena netto   Wartość netto
1    Składowanie - miejsca paletowe (hala B)              48     145,00 zł     6 960,00 zł
2    Składowanie - fotele kinowe, regały wysokie          1    4 180,00 zł     4 180,00 zł
3    Obsługa magazynowa (przyjęcia/wydania)              62      58,00 zł     3 596,00 zł
4    Transport wewnętrzny Poznań-Wrocław                  2     380,00 zł       760,00 zł

Razem netto 15 496,00 zł     VAT 23%% 3 564,08 zł     Razem brutto 19 060,08 zł
Do zapłaty: 19 060,08 zł

Forma płatności: przelew, termin 02.12.2026
Rachunek: mBank S.A. %s
~Mechanizm podzielonej płatności nie dotyczy.
""" % (fmt_nip(EG_PL_NIP), ksef, nrb(PLOG_IBAN))
    pdfb = pdf_doc(inv, title="FV/2026/11/142", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
                   created=pdf_date("pl", 2026, 11, 2, 9, 55))
    t = plain(body, "iso-8859-2", "quoted-printable")
    h = html(htm.outlook(body, "PL"), "iso-8859-2", "quoted-printable")
    return M(folder=F, num=22, lang="pl", slug="partner-logistik-faktura-ksef",
             profile=_plog("KSIEGOWOSC-01"), when=("pl", 2026, 11, 2, 10, 18, 26),
             frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S("pl_acc")],
             subject="Faktura FV/2026/11/142 - Partner Logistik sp. z o.o.",
             hcs="iso-8859-2",
             body=mixed(mime.multi("alternative", [t, h]),
                        att(pdfb, "application/pdf", "FV_2026_11_142.pdf", style="2047")),
             hardneg=[22, 23], hn_topic="Logistics partner's invoice with KSeF number",
             desc="Logistics partner's monthly warehousing invoice: PDF visualisation of a KSeF invoice",
             why="Real partner domain via their home.pl server from the office PC; refers to the invoice in KSeF (where it "
                 "really is); pays to the long-standing mBank account; no links.")


def b23():
    body = dedent("""
    Dzień dobry Panie Pawle,

    w załączeniu zestawienie magazynowe za październik 2026 (przyjęcia, wydania i stany na 31.10). Faktura FV/2026/10/118 została wystawiona na podstawie tego zestawienia.

    Proszę o weryfikację, w razie rozbieżności proszę o informację do 10.11., wtedy przygotujemy korektę.

    Pozdrawiam
    Tadeusz Zieliński
    Kierownik Magazynu
    Partner Logistik sp. z o.o.
    tel. 61 842 77 15, kom. 605 311 208
    """)
    rep = (INV_HEAD % fmt_nip(PLOG_NIP)) + """
## Zestawienie magazynowe - październik 2026
Klient: Example Group Polska sp. z o.o.

Data      Dokument     Opis                                        Palety   Stan
01.10.    BO           Bilans otwarcia                                 -      44
02.10.    PZ 10/014    Przyjęcie foteli kinowych (sala 3 Wrocław)     +14     58
09.10.    WZ 10/031    Wydanie materiałów eventowych                   -6     52
16.10.    PZ 10/052    Przyjęcie ekspozytorów reklamowych              +4     56
23.10.    WZ 10/077    Wydanie foteli do montażu                       -8     48
31.10.    BZ           Stan na koniec miesiąca                          -      48

Średnie zajęcie miejsc paletowych w okresie rozliczeniowym: 62 (wg rejestru dziennego)
"""
    pdfb = pdf_doc(rep, title="Zestawienie magazynowe 10-2026", producer="Microsoft® Excel® 2019",
                   creator="Microsoft® Excel® 2019", created=pdf_date("pl", 2026, 11, 3, 13, 58))
    t = plain(body, "windows-1250", "quoted-printable")
    h = html(htm.outlook(body, "PL"), "windows-1250", "quoted-printable")
    return M(folder=F, num=23, lang="pl", slug="partner-logistik-zestawienie-magazynowe",
             profile=_plog("MAGAZYN-KIER"), when=("pl", 2026, 11, 3, 14, 12, 0),
             frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S("pl_acc")],
             subject="Zestawienie magazynowe październik 2026",
             msgid_override="<004201dd6b94$e91b3c10$7fd4b130$@partner-logistik.pl>",
             hcs="windows-1250",
             body=mixed(mime.multi("alternative", [t, h]),
                        att(pdfb, "application/pdf", "Zestawienie_magazynowe_10-2026.pdf", style="2047")),
             hardneg=[25], hn_topic="Warehouse statement from the partner's warehouse manager (thread later hijacked)",
             desc="Monthly warehouse statement from the logistics partner's warehouse manager, PDF attached",
             why="Known contact writing from his Outlook through the partner's server; plain PDF, no password, no links; "
                 "invites corrections.")


def b24():
    body = dedent("""
    Szanowna Pani,

    w imieniu Szkoły Podstawowej nr 12 we Wrocławiu chciałabym zgłosić reklamację dotyczącą seansu dla klas 4-6 w dniu 18 listopada (godz. 9:00, sala 5, rezerwacja grupowa nr WR-GR-1118-07, 86 uczniów i 6 opiekunów).

    Seans rozpoczął się z opóźnieniem ok. 25 minut, ponieważ sala nie była przygotowana, a w trakcie filmu dwukrotnie wyłączyło się nagłośnienie. W efekcie nie zdążyliśmy na zamówiony autobus i część dzieci wróciła do szkoły dopiero po godz. 13:00, co wywołało niepokój rodziców.

    Zależy nam na dalszej współpracy, dlatego proszę o informację, jak Państwo chcą rozwiązać tę sytuację. Rodzice pytają o częściowy zwrot kosztów biletów (14 zł od ucznia).

    Z poważaniem
    Małgorzata Nowicka
    wychowawczyni kl. 5b
    Szkoła Podstawowa nr 12 we Wrocławiu
    tel. 601 228 417
    """)
    return M(folder=F, num=24, lang="pl", slug="reklamacja-szkoly-seans-grupowy",
             profile=I.WP(client_ip="83.24.150.211"), when=("pl", 2026, 11, 19, 16, 52, 30),
             frm=("Małgorzata Nowicka", "m.nowicka@wp.pl"), to=[S("pl_mgr")],
             hcs="iso-8859-2",
             subject="Reklamacja - seans grupowy 18.11, SP nr 12 Wrocław",
             body=plain(body, "iso-8859-2", "8bit", quote_charset=False),
             desc="Teacher's complaint about a delayed school screening, asks for a partial refund",
             why="Known group-booking customer on her WP webmail; booking number and concrete facts; no links, no "
                 "attachments; asks the cinema to propose a solution.")


def b25():
    unsub = "https://kinobranza.us21.list-manage.com/unsubscribe?u=6f1c0e2a9b8d7c4e5f3a2b1c0&id=8d2e41f0a7&e=3b9c1d2e4f&c=a91f3c7e20"
    txt = dedent("""
    Kinobranża - tygodnik
    6 listopada 2026

    Box office: weekend z rekordową frekwencją
    Polskie kina sprzedały w ostatni weekend 812 tys. biletów, o 9%% więcej niż przed rokiem. Najlepiej radziły sobie sale w Warszawie, Krakowie i Wrocławiu.

    KSeF w kinach - pierwsze doświadczenia
    Operatorzy sieci kinowych opowiadają, jak przebiegło wdrożenie obowiązkowych e-faktur i na co uważać przy fakturach korygujących od dystrybutorów.

    Wydarzenia
    - 19.11. Warsztaty "Programowanie repertuaru dla szkół", Łódź
    - 3.12. Gala branżowa Kinobranża 2026, Warszawa

    Otrzymujesz tę wiadomość, ponieważ zapisałaś/eś się na newsletter Kinobranża.
    Wypisz się: %s
    Portal kinobranza.pl | ul. Mokotowska 41, 00-551 Warszawa
    """) % unsub
    h = ('<!doctype html><html><head><meta charset="UTF-8"><title>Kinobranża - tygodnik</title></head>\n'
         '<body style="margin:0;padding:0;background:#fafafa"><center>\n'
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#202020">\n'
         '<tr><td style="padding:20px;background:#1d1d3b;color:#fff;font-size:22px"><b>Kinobranża</b> &middot; tygodnik<br>'
         '<span style="font-size:12px">6 listopada 2026</span></td></tr>\n'
         '<tr><td style="padding:20px;font-size:15px;line-height:150%%">\n'
         '<h2 style="font-size:18px">Box office: weekend z rekordową frekwencją</h2>\n'
         '<p>Polskie kina sprzedały w ostatni weekend 812 tys. biletów, o 9%% więcej niż przed rokiem. Najlepiej radziły sobie '
         'sale w Warszawie, Krakowie i Wrocławiu.</p>\n'
         '<h2 style="font-size:18px">KSeF w kinach - pierwsze doświadczenia</h2>\n'
         '<p>Operatorzy sieci kinowych opowiadają, jak przebiegło wdrożenie obowiązkowych e-faktur i na co uważać przy fakturach '
         'korygujących od dystrybutorów. <a href="https://kinobranza.us21.list-manage.com/track/click?u=6f1c0e2a9b8d7c4e5f3a2b1c0&id=5e7a90c1d2&e=3b9c1d2e4f">Czytaj dalej</a></p>\n'
         '<h3>Wydarzenia</h3><ul><li>19.11. Warsztaty &bdquo;Programowanie repertuaru dla szkół&rdquo;, Łódź</li>'
         '<li>3.12. Gala branżowa Kinobranża 2026, Warszawa</li></ul>\n</td></tr>\n'
         '<tr><td style="padding:14px 20px;font-size:11px;color:#656565;background:#f2f2f2">Otrzymujesz tę wiadomość, ponieważ '
         'zapisałaś/eś się na newsletter Kinobranża. <a href="%s">Wypisz się</a><br>Portal kinobranza.pl | ul. Mokotowska 41, '
         '00-551 Warszawa</td></tr>\n</table></center>\n'
         '<img src="https://kinobranza.us21.list-manage.com/track/open.php?u=6f1c0e2a9b8d7c4e5f3a2b1c0&id=a91f3c7e20&e=3b9c1d2e4f" '
         'height="1" width="1" alt=""></body></html>\n') % unsub
    return M(folder=F, num=25, lang="pl", slug="newsletter-kinobranza-mailchimp",
             profile=I.Mailchimp(list_id="Kinobranza.pl <6f1c0e2a9b8d7c4e5f3a2b1c0.8d2e41f0a7.list-id.mcsv.net>"),
             when=("pl", 2026, 11, 6, 7, 0, 12),
             frm=("Kinobranża", "newsletter@kinobranza.pl"), to=[S("pl_mgr")],
             reply_to=("Kinobranża", "redakcja@kinobranza.pl"),
             env_from="bounce-mc.us21_118734021.8d2e41f0a7-3b9c1d2e4f@mail209.atl121.mcdlv.net",
             subject="Kinobranża: rekordowy weekend i KSeF w kinach",
             extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us21_6f1c0e2a9b8d7c4e5f3a2b1c0.8d2e41f0a7-3b9c1d2e4f@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % unsub),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
             body=alt(txt, h, "utf-8", "quoted-printable"),
             hardneg=[22], hn_topic="Bulk mail mentioning KSeF",
             desc="Subscribed trade newsletter via Mailchimp with List-Unsubscribe headers",
             why="Opt-in newsletter, Mailchimp infrastructure and tracking domains, one-click unsubscribe; informational.")


def b26():
    body = dedent("""
    Szanowni Państwo,

    pomimo upływu terminu płatności nie odnotowaliśmy wpłaty należności z tytułu faktury FV/2026/09/097 z dnia 30.09.2026 r. na kwotę 23 418,60 zł (termin płatności: 30.10.2026 r.).

    Niniejszym wzywamy do zapłaty powyższej kwoty wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych w terminie 7 dni od otrzymania wezwania na rachunek wskazany na fakturze (mBank S.A. %s).

    Informujemy, że w przypadku braku zapłaty w wyznaczonym terminie, zgodnie z § 9 umowy składowania, wstrzymamy wydania towarów z magazynu do czasu uregulowania zaległości, a sprawa zostanie skierowana na drogę postępowania sądowego. Niezależnie od tego przysługuje nam rekompensata za koszty odzyskiwania należności w wysokości 40 EUR.

    Jeżeli płatność została już dokonana, prosimy o przesłanie potwierdzenia przelewu.

    Z poważaniem
    Dział Księgowości
    Partner Logistik sp. z o.o.
    tel. 61 842 77 10
    """) % nrb(PLOG_IBAN)
    t = plain(body, "iso-8859-2", "base64")
    h = html(htm.outlook(body, "PL"), "iso-8859-2", "base64")
    return M(folder=F, num=26, lang="pl", slug="partner-logistik-wezwanie-do-zaplaty",
             profile=_plog("KSIEGOWOSC-01"), when=("pl", 2026, 12, 3, 9, 31, 45),
             frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S("pl_acc")], cc=[S("pl_mgr")],
             subject="Przedsądowe wezwanie do zapłaty - FV/2026/09/097",
             hcs="iso-8859-2", henc="B",
             body=mime.multi("alternative", [t, h]),
             hardneg=[23, 26], hn_topic="Urgent payment demand from the logistics partner (threat to stop releases)",
             desc="Pre-litigation payment demand from the logistics partner with threat to withhold goods",
             why="Real partner domain and server; refers to an existing invoice and the contract clause; pays to the account "
                 "on the invoice (known mBank account, no change); asks for proof if already paid. Harsh but legitimate.")


MESSAGES = [b22, b23, b24, b25, b26]
