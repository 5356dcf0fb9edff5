# -*- coding: utf-8 -*-
"""Polish attack messages 22-26."""
from lib.kit import *  # noqa
from lib import ids


def a22():
    fake = C.ACCT["partner_fake"]
    t = """Dzień dobry Pani Małgorzato,

w nawiązaniu do poniższej korespondencji uprzejmie informuję, że w związku z trwającym audytem w naszym dotychczasowym banku płatność za fakturę FV/2026/10/0387 (a także kolejne faktury, do odwołania) prosimy przekazywać na nasz rachunek pomocniczy:

mBank S.A.
%s

Rachunek zostanie zgłoszony do wykazu podatników VAT (białej listy) w ciągu kilku dni roboczych – proszę się nie sugerować jego brakiem w wykazie. Ze względu na zamknięcie miesiąca prosimy o realizację przelewu jeszcze dziś i przesłanie potwierdzenia w odpowiedzi na tę wiadomość.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
ul. Kwidzyńska 6, 51-416 Wrocław
tel. +48 71 733 40 12

W dniu 2026-10-27 10:15, Małgorzata Błaszczyk napisał(a):
> Dzień dobry Panie Tadeuszu,
>
> dziękuję za przesłanie faktury. Czy mogę prosić o potwierdzenie, że pozycja
> "magazynowanie - październik" obejmuje także 6 palet z kabinami dla
> Sky Tower? Wtedy puszczę płatność w najbliższym przebiegu.
>
> Pozdrawiam
> Małgorzata Błaszczyk
> Example Group Polska sp. z o.o.
>
> W dniu 2026-10-26 14:02, Tadeusz Zieliński napisał(a):
>> Dzień dobry,
>>
>> w załączeniu przesyłam fakturę FV/2026/10/0387 za magazynowanie i transport
>> w październiku.
>>
>> Pozdrawiam
>> Tadeusz Zieliński""" % N.nrb(fake)
    return Msg("attack", 22, "pl", "thread-hijack-partner-new-account",
               frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=S("pl_acc"),
               reply_to=("Tadeusz Zieliński", "t.zielinski@partner-logistlk.pl"),
               subject="Re: Faktura FV/2026/10/0387 - magazynowanie i transport październik",
               when="2026-10-28 13:47:19",
               irt="<b3c1f0d2a9e84c57a1d06e2f9b8c4a11@partner-logistik.pl>",
               refs="<4f0a7d3e2b1c4e6f8a9b0c1d2e3f4a5b@partner-logistik.pl> <b3c1f0d2a9e84c57a1d06e2f9b8c4a11@partner-logistik.pl>",
               infra=I.postfix_server("mail.partner-logistik.pl", "91.227.48.35", rdns="mail.partner-logistik.pl",
                                      submit_ip="5.181.86.214", mailer="roundcube", lang="pl-PL",
                                      label="genuine Partner Logistik Postfix/Roundcube (compromised account, login from foreign VPN)"),
               body=Text(t, "plain", "UTF-8", "quoted-printable", flowed=False, quote_cs=False),
               hcs=("UTF-8", "Q"),
               techniques=["thread hijack from compromised partner mailbox", "bank-detail change", "Reply-To look-alike domain"],
               what="Reply in a real invoice thread from the logistics partner's real mailbox: pay to a new 'auxiliary' mBank account today",
               why="Reply-To points to partner-logistlk.pl (l instead of i); new account 'not yet on the VAT white list' (paying such an account is a tax risk and no genuine Polish company asks it); same-day pressure; webmail login from a foreign VPN IP.",
               pair=22)


def a23():
    link = "https://ksef-podatki.pl/aplikacja-podatnika/logowanie?ref=8943128516-20261102-3A7F91C2D4E8-5B"
    t = plainq("""Ministerstwo Finansów - Krajowy System e-Faktur

Szanowni Państwo,

informujemy, że faktura ustrukturyzowana przesłana w imieniu podmiotu o NIP 894-312-85-16 nie została przyjęta do KSeF.

Numer referencyjny: 8943128516-20261102-3A7F91C2D4E8-5B
Status: 440 - Odrzucona (wygasły token uwierzytelniający)

Faktura niewprowadzona do KSeF nie jest uznawana za wystawioną. Aby uniknąć sankcji przewidzianych w ustawie o VAT, prosimy o ponowne uwierzytelnienie w Aplikacji Podatnika KSeF w ciągu 48 godzin:

%s

Po zalogowaniu faktury oczekujące zostaną wysłane automatycznie.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa""" % link)
    html = simple_html(t.replace(link, "[[L]]"), font="Arial, sans-serif", charset="iso-8859-2", autolink=False).replace(
        "[[L]]", '<a href="%s" style="background:#d7283d;color:#fff;padding:9px 18px;text-decoration:none">Zaloguj się do Aplikacji Podatnika KSeF</a>' % link)
    return Msg("attack", 23, "pl", "ksef-einvoice-rejected-phish",
               frm=("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-podatki.pl"), to=S("pl_mgr"),
               subject="KSeF: faktura odrzucona - wymagane ponowne uwierzytelnienie (48 h)",
               when="2026-11-02 16:22:48", infra=I.sendgrid("em2207.ksef-podatki.pl", zone="UTC"),
               body=alt(t, html, "iso-8859-2", "quoted-printable"), hcs=("UTF-8", "B"),
               techniques=["credential phishing: national e-invoicing system (KSeF)", "abused bulk ESP (SendGrid)"],
               what="Fake Ministry of Finance KSeF notice: invoice rejected, re-authenticate within 48 h",
               why="KSeF does not send e-mails with login links; ksef-podatki.pl is not podatki.gov.pl/mf.gov.pl; sent via SendGrid; sanction threat and 48-hour deadline; uses the company's real NIP to look authentic.",
               pair=23)


def a24():
    link = "https://eudt-gov.pl/portal/decyzje/N3121004567"
    t = """Urząd Dozoru Technicznego
Oddział Terenowy we Wrocławiu

Decyzja o wstrzymaniu eksploatacji urządzenia technicznego

Nr ewidencyjny urządzenia: N3121004567
Rodzaj: dźwig osobowy elektryczny
Miejsce eksploatacji: ul. Świdnicka 40, 50-024 Wrocław
Eksploatujący / konserwator: Example Group Polska sp. z o.o.

W związku z niewykonaniem badania okresowego w wymaganym terminie, na podstawie art. 43 ustawy o dozorze technicznym wydano decyzję o wstrzymaniu eksploatacji ww. urządzenia.

Od decyzji przysługuje odwołanie w terminie 3 dni od dnia doręczenia. Treść decyzji oraz formularz odwołania są dostępne wyłącznie w portalu eUDT po zalogowaniu:

%s

Z poważaniem
Urząd Dozoru Technicznego - Portal eUDT

Wiadomość wygenerowana automatycznie.""" % link
    html = simple_html(t, font="Arial, sans-serif")
    return Msg("attack", 24, "pl", "udt-lift-shutdown-regulator-phish",
               frm=("Urząd Dozoru Technicznego - eUDT", "powiadomienia@eudt-gov.pl"), to=S("pl_svc"),
               subject="eUDT: decyzja o wstrzymaniu eksploatacji dźwigu nr ewid. N3121004567",
               when="2026-11-06 08:09:37",
               infra=I.postfix_server("mail.eudt-gov.pl", "185.246.208.77", rdns="vps-185-246-208-77.cloudvps.host",
                                      mailer="generic", lang="pl-PL", label="look-alike government domain on cheap VPS"),
               body=alt(t, html, "utf-8", "base64"),
               techniques=["trade-specific regulator lure (UDT lift inspection authority)", "credential phishing", "look-alike domain"],
               what="Fake UDT decision to shut down a lift for a missed inspection, appeal 'only via eUDT login'",
               why="UDT uses udt.gov.pl and delivers decisions formally (ePUAP/post), not by a link from eudt-gov.pl on a VPS; 3-day appeal deadline to force a hurried login; the technician already has an inspection scheduled with the real UDT inspector.",
               pair=24)


def a25():
    t = """Cześć Krzysztof,

w ciągu ostatniej godziny na Twoją skrzynkę trafiło ponad 2 000 wiadomości (rejestracje, newslettery, potwierdzenia zamówień). To atak typu „email bombing”, który często poprzedza próbę włamania.

Blokujemy nadawców po naszej stronie, ale musimy jeszcze wyczyścić reguły i sesje w Twoim Outlooku. Nasz technik, Paweł z zespołu Service Desk, zadzwoni do Ciebie przez Microsoft Teams w ciągu 15 minut (konto zewnętrzne „IT Helpdesk | Example Group”).

Przygotuj proszę komputer:
1. Uruchom aplikację Pomoc zdalna (Quick Assist) - skrót Win + Ctrl + Q.
2. Gdy technik poprosi, podaj mu 6-cyfrowy kod zabezpieczający i zaakceptuj udostępnianie ekranu z pełną kontrolą.
3. Nie wyłączaj komputera do zamknięcia zgłoszenia.

Numer zgłoszenia: INC0048213

Pozdrawiamy
Service Desk IT
Example Group"""
    return Msg("attack", 25, "pl", "email-bombing-teams-quick-assist-vishing",
               frm=("Service Desk IT | Example Group", "servicedesk@examplegroupit.onmicrosoft.com"), to=S("pl_mgr"),
               subject="INC0048213 - masowy spam na Twojej skrzynce - kontakt przez Teams",
               when="2026-11-18 14:26:05",
               infra=I.exo(lang="pl-PL", accept="pl-PL, en-US", pre="PA4", hcs=("iso-8859-2", "Q"),
                           label="attacker's own Microsoft 365 trial tenant (*.onmicrosoft.com) via EOP"),
               body=alt(t, outlook_html(t, "windows-1250", "PL"), "windows-1250", "quoted-printable"),
               techniques=["remote-access vishing pretext (Teams + Quick Assist) after e-mail bombing", "abused Microsoft 365 tenant (onmicrosoft.com)"],
               what="Fake IT service desk announces a Teams call to 'fix spam' and asks to start Quick Assist and share the code",
               why="Example Group IT writes from example.com, not from an external examplegroupit.onmicrosoft.com tenant; external Teams caller + Quick Assist with full control is the Black Basta/Storm-1811 playbook after mail bombing; the real service desk uses its ticket tool and internal numbers.",
               pair=25)


def a26():
    act = "https://ipko-biznes.pl-potwierdzenia.com/nw/web/auth/login"
    page = D.login_page("iPKO biznes - potwierdzenie przelewu", "PKO Bank Polski · iPKO biznes",
                        "Potwierdzenie przelewu", "Aby wyświetlić potwierdzenie przelewu z dnia 28.10.2026 (3 480,00 PLN), zaloguj się do serwisu iPKO biznes.",
                        "malgorzata.blaszczyk@example.com", act, "Zaloguj", user_label="Identyfikator / e-mail",
                        pw_label="Hasło", footer="PKO Bank Polski S.A. · ul. Puławska 15 · 02-515 Warszawa",
                        color="#004c9a", lang="pl", hidden=[("ref", "PP-20261028-3480")])
    t = """Dzień dobry,

w załączeniu przesyłam potwierdzenie przelewu za fakturę FV/2026/09/1142 (konserwacja dźwigu, wrzesień). Proszę o zaksięgowanie wpłaty i potwierdzenie.

Pozdrawiam
Iwona Sadowska
Wspólnota Mieszkaniowa Ołbińska 14"""
    body = Multi("mixed", [Text(t, "plain", "UTF-8", "base64", quote_cs=False),
                           Attach(page.encode("utf-8"), "text/html", "Potwierdzenie_przelewu_PKO_28.10.2026.html", text_charset="UTF-8")])
    return Msg("attack", 26, "pl", "payment-confirmation-html-attachment",
               frm=("Iwona Sadowska", "wm.olbinska14@onet.pl"), to=S("pl_acc"),
               subject="Potwierdzenie przelewu FV/2026/09/1142", when="2026-10-29 11:52:43", infra=I.onet(),
               body=body,
               techniques=["HTML attachment credential phishing (bank login)", "free-mail account", "payment-confirmation lure"],
               what="'Customer' sends a 'payment confirmation' that is an HTML page asking for iPKO biznes credentials",
               why="A bank payment confirmation is a PDF, not an HTML page that requires the recipient's own bank login; the form posts to ipko-biznes.pl-potwierdzenia.com; unknown Onet free-mail sender; invoice number pattern guessed.",
               pair=26)


def messages():
    return [a22(), a23(), a24(), a25(), a26()]
