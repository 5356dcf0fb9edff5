"""Genuine business messages, German (01-08)."""
import mime
import htm
import infra as I
from company import S, LIEF_IBAN_OLD, LIEF_IBAN_NEW, LIEF_USTID, NORD_IBAN, EG_USTID
from ids import fmt_iban
from kit import plain, html, alt, mixed, att, att_outlook, att_gmail, pdf_doc, pdf_date, dedent
from msg import M
from util import local_to_utc

F = "business"

LIEF = dict(srv="BE1P281MB2746", srv2="FR2P281MB1620", pod="DEUP281", lang="de-DE",
            eop="mail-fr3deu01on2111.outbound.protection.outlook.com", eop_ip="40.107.136.111",
            org="lieferant-gmbh.de")
NORD = dict(srv="FR4P281MB3615", srv2="FR2P281MB0187", pod="DEUP281", lang="de-DE",
            eop="mail-fr2deu01on2095.outbound.protection.outlook.com", eop_ip="40.107.135.95",
            org="nordlicht-filmverleih.de")
LIEF_FOOT = ("~Lieferant GmbH | Eckendorfer Straße 91 | 33609 Bielefeld | Amtsgericht Bielefeld HRB 41187 | "
             "USt-IdNr. %s\n~Geschäftsführer: Rainer Lindemann | Tel. +49 521 98760-0 | www.lieferant-gmbh.de" % LIEF_USTID)


def b01():
    body = dedent("""
    Sehr geehrte Damen und Herren,

    wir möchten Sie frühzeitig darüber informieren, dass wir unsere Hausbankverbindung zum 01.12.2026 von der Sparkasse Bielefeld zur Deutschen Bank verlegen. Das beigefügte Schreiben ist von unserer Geschäftsführung unterzeichnet.

    Bitte beachten Sie:
    - Die neue Bankverbindung gilt für Zahlungen ab dem 01.12.2026 und ist auf allen ab diesem Datum erstellten Rechnungen angedruckt.
    - Das bisherige Konto bei der Sparkasse Bielefeld bleibt bis zum 31.01.2027 bestehen; dort eingehende Zahlungen werden nicht zurückgewiesen.
    - Zu Ihrer Sicherheit bitten wir Sie, die Änderung vor der Umstellung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung (+49 521 98760-200) zu verifizieren. Wir werden Sie niemals per E-Mail zu einer kurzfristigen Umstellung oder zur Zahlung offener Posten auf ein anderes Konto auffordern.

    Für Rückfragen stehen wir Ihnen gern zur Verfügung.

    Mit freundlichen Grüßen

    i. A. Martina Krause
    Buchhaltung

    Lieferant GmbH | Kino- & Gastronomiebedarf
    Eckendorfer Straße 91 | 33609 Bielefeld
    Tel. +49 521 98760-200 | rechnungen@lieferant-gmbh.de
    Amtsgericht Bielefeld HRB 41187 | Geschäftsführer: Rainer Lindemann
    """)
    letter = """
# Lieferant GmbH
Kino- & Gastronomiebedarf | Eckendorfer Straße 91 | 33609 Bielefeld

Example Group GmbH
Kreditorenbuchhaltung
Hohenzollernring 52
50672 Köln

Bielefeld, 02.11.2026
Ihre Kundennummer: 20418

## Änderung unserer Bankverbindung zum 01.12.2026

Sehr geehrte Damen und Herren,

zum 01.12.2026 verlegen wir unsere Hausbankverbindung. Bitte verwenden Sie für Zahlungen ab diesem Datum:

Kontoinhaber:   Lieferant GmbH
Bank:           Deutsche Bank AG, Filiale Bielefeld
IBAN:           %s
BIC:            DEUTDEDB480

Bisherige Bankverbindung (gültig bis 31.01.2027):
Sparkasse Bielefeld, IBAN %s, BIC SPBIDE3BXXX

Bitte verifizieren Sie diese Änderung telefonisch unter +49 521 98760-200 (Buchhaltung, Frau Krause).

Mit freundlichen Grüßen

Rainer Lindemann                      Dr. Claudia Behrens
Geschäftsführer                       Prokuristin

%s
""" % (fmt_iban(LIEF_IBAN_NEW), fmt_iban(LIEF_IBAN_OLD), LIEF_FOOT)
    pdfb = pdf_doc(letter, title="Änderung Bankverbindung Lieferant GmbH", author="Krause, Martina",
                   producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
                   created=pdf_date("de", 2026, 11, 2, 9, 48))
    sent = local_to_utc("de", 2026, 11, 2, 10, 21, 5)
    t = plain(body, "iso-8859-1", "quoted-printable")
    h = html(htm.outlook(body, "DE"), "iso-8859-1", "quoted-printable")
    return M(folder=F, num=1, lang="de", slug="lieferant-aenderung-bankverbindung-angekuendigt",
             profile=I.Outlook365(**LIEF), when=("de", 2026, 11, 2, 10, 21, 5),
             frm=("Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[S("ap")],
             cc=[S("proc"), ("Stefan Maier", "s.maier@lieferant-gmbh.de")],
             subject="Änderung unserer Bankverbindung zum 01.12.2026 - Lieferant GmbH, Kd.-Nr. 20418",
             hcs="iso-8859-1",
             body=mixed(mime.multi("alternative", [t, h]),
                        att_outlook(pdfb, "application/pdf", "Aenderung_Bankverbindung_Lieferant_GmbH.pdf", sent)),
             hardneg=[2], hn_topic="Supplier bank-detail change (genuine, properly announced, verifiable by phone)",
             desc="Supplier Lieferant GmbH announces a bank change one month ahead, letter signed by two officers attached",
             why="Real domain and tenant (Exchange Online); change effective in a month with an overlap period, old account "
                 "stays open, explicit request to verify by phone via the known number, no pressure and no open invoices "
                 "redirected; German bank, same account holder.")


def b02():
    body = dedent("""
    Sehr geehrte Frau Schäfer,

    trotz unserer Zahlungserinnerung vom 10.11.2026 ist die unten aufgeführte Rechnung noch nicht ausgeglichen:

    Rechnung RE-2026-11207 vom 16.10.2026 (Lieferung Popcornmais, Becher, Nachos - Lager Köln)
    Betrag: 9.418,20 EUR, fällig seit 15.11.2026

    Bitte überweisen Sie den Betrag bis spätestens 07.12.2026. Sollte bis dahin kein Zahlungseingang erfolgen, sind wir leider gezwungen, weitere Lieferungen an Ihre Standorte nur noch gegen Vorkasse auszuführen. Die Bestellung für die Weihnachtswoche (AB-2026-2284) ist davon ebenfalls betroffen.

    Sollte sich die Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Falls es Unstimmigkeiten zur Rechnung gibt, rufen Sie mich gern an.

    Die Mahnung finden Sie auch als PDF im Anhang.

    Mit freundlichen Grüßen

    Petra Lang
    Forderungsmanagement

    Lieferant GmbH | Kino- & Gastronomiebedarf
    Eckendorfer Straße 91 | 33609 Bielefeld
    Tel. +49 521 98760-214
    www.lieferant-gmbh.de
    """)
    dun = """
# Lieferant GmbH
Kino- & Gastronomiebedarf | Eckendorfer Straße 91 | 33609 Bielefeld

Example Group GmbH
Kreditorenbuchhaltung
Hohenzollernring 52
50672 Köln

Bielefeld, 01.12.2026
Kundennummer: 20418

## 2. Mahnung

Sehr geehrte Damen und Herren,

leider konnten wir für folgende Rechnung noch keinen Zahlungseingang feststellen:

Rechnung        Datum        fällig am      Betrag
RE-2026-11207   16.10.2026   15.11.2026     9.418,20 EUR

Bitte überweisen Sie den offenen Betrag bis zum 07.12.2026 auf unser Konto
IBAN %s (Deutsche Bank Bielefeld).

Erfolgt bis zu diesem Termin kein Zahlungseingang, erfolgen weitere Lieferungen nur gegen Vorkasse.

Mit freundlichen Grüßen
Lieferant GmbH - Forderungsmanagement

%s
""" % (fmt_iban(LIEF_IBAN_NEW), LIEF_FOOT)
    pdfb = pdf_doc(dun, title="2. Mahnung RE-2026-11207", author="Lang, Petra", producer="DATEV Rechnungswesen",
                   creator="DATEV Rechnungswesen", created=pdf_date("de", 2026, 12, 1, 8, 2))
    sent = local_to_utc("de", 2026, 12, 1, 8, 34, 51)
    t = plain(body, "windows-1252", "quoted-printable")
    h = html(htm.outlook(body, "DE"), "windows-1252", "quoted-printable")
    return M(folder=F, num=2, lang="de", slug="lieferant-zweite-mahnung-liefersperre",
             profile=I.Outlook365(**LIEF), when=("de", 2026, 12, 1, 8, 34, 51),
             frm=("Petra Lang", "p.lang@lieferant-gmbh.de"), to=[S("ap")],
             subject="2. Mahnung RE-2026-11207 - Lieferant GmbH, Kd.-Nr. 20418",
             hcs="windows-1252",
             body=mixed(mime.multi("alternative", [t, h]),
                        att_outlook(pdfb, "application/pdf", "2_Mahnung_RE-2026-11207.pdf", sent)),
             hardneg=[2, 7], hn_topic="Urgent payment demand with supply-stop threat from the real supplier",
             desc="Second dunning letter from the supplier's receivables clerk with a threat to deliver only against prepayment",
             why="Real supplier domain and tenant; refers to an actual invoice and order; pays to the supplier's announced "
                 "account (business/01); offers a phone call; firm but ordinary dunning tone.")


def b03():
    body = dedent("""
    Sabine,

    die Anzahlung für die LED-Wand in Düsseldorf-Hafen (Saal 1) muss bitte heute noch raus: 30 % auf den Auftrag, 41.650,00 EUR netto, Rechnung Cinetech Display GmbH RE 26-0871. Cinetech hält uns den Montageslot in KW 3 nur, wenn die Anzahlung bis morgen eingeht.

    Die Rechnung liegt seit gestern in DocuWare im Freigabe-Workflow, Florian hat sachlich und rechnerisch geprüft, die Bankverbindung ist die bekannte aus dem Rahmenvertrag. Bitte ganz normal über die 4-Augen-Freigabe mit Monika, nur eben priorisiert.

    Bei Rückfragen ruf mich an, ich bin bis 15 Uhr im Haus (Durchwahl -101), danach mobil.

    Danke dir!
    Jürgen

    --
    Jürgen Köhler
    Geschäftsführer | CEO
    Example Group GmbH | Hohenzollernring 52 | 50672 Köln
    T +49 221 4711-101
    """)
    t = plain(body, "utf-8", "quoted-printable")
    h = html(htm.outlook(body, "DE"), "utf-8", "quoted-printable")
    return M(folder=F, num=3, lang="de", slug="ceo-dringende-anzahlung-intern",
             profile=I.ExchangeInternal(lang="de-DE"), when=("de", 2026, 11, 19, 9, 12, 40),
             frm=S("ceo"), to=[S("cfo")], cc=[S("ap"), S("proc")],
             subject="Dringend: Anzahlung LED-Wand Düsseldorf Saal 1 - heute freigeben",
             body=mime.multi("alternative", [t, h]),
             hardneg=[1], hn_topic="CEO's urgent same-day payment request",
             desc="The CEO's genuine urgent request to the CFO to release a down payment today, sent internally",
             why="Comes through Exchange and the internal relay; known supplier, invoice already in the document-approval "
                 "workflow, checked by procurement, bank details from the framework contract, four-eyes approval kept, "
                 "colleagues in copy, invites a phone call.")


def b04():
    body = dedent("""
    Hallo Frau Vogt,

    anbei die Abrechnung der Filmmiete für September 2026 für Ihre Häuser Köln-Ring und Bonn. Die Zahlen beruhen auf Ihren Wochenmeldungen (Spielwochen 36 bis 39).

    Gesamtbetrag: 38.712,55 EUR zzgl. 19 % USt., fällig zum 30.10.2026.

    Bei Fragen zu einzelnen Positionen melden Sie sich gern.

    Mit freundlichen Grüßen
    Jana Hartmann
    Disposition & Abrechnung

    Nordlicht Filmverleih GmbH
    Große Elbstraße 145 | 22767 Hamburg
    T +49 40 3861 47-22
    www.nordlicht-filmverleih.de
    """)
    stmt = """
# Nordlicht Filmverleih GmbH
Große Elbstraße 145 | 22767 Hamburg

Example Group GmbH
Filmdisposition
Hohenzollernring 52, 50672 Köln

Hamburg, 06.10.2026
## Abrechnung Filmmiete September 2026 (Spielwochen 36-39)
Kunde: 10477 Example Group GmbH

Titel                      Haus           Besucher   Netto-Kasse EUR   Satz   Filmmiete EUR
Das stille Haus            Köln-Ring        9.812       83.402,00      55 %%      45.871,10
Das stille Haus            Bonn             3.104       24.832,00      50 %%      12.416,00
Nordwind                   Köln-Ring        2.217       18.844,50      47 %%       8.856,92
Nordwind                   Bonn               861        6.888,00      45 %%       3.099,60
Abzüglich Vorauszahlung VZ 09/2026                                              -31.531,07

Summe Filmmiete netto                                                            38.712,55
USt. 19 %%                                                                         7.355,38
Gesamtbetrag                                                                     46.067,93

Zahlbar bis 30.10.2026 ohne Abzug auf
Hamburger Sparkasse, IBAN %s, BIC HASPDEHHXXX

~Nordlicht Filmverleih GmbH | Amtsgericht Hamburg HRB 118734 | Geschäftsführung: Jens Ohlsen, Sarah Petersen
""" % fmt_iban(NORD_IBAN)
    pdfb = pdf_doc(stmt, title="Abrechnung Filmmiete 09-2026", author="Hartmann, Jana", producer="Microsoft® Excel® für Microsoft 365",
                   creator="Microsoft® Excel® für Microsoft 365", created=pdf_date("de", 2026, 10, 6, 14, 55))
    sent = local_to_utc("de", 2026, 10, 6, 15, 8, 17)
    h = htm.outlook(body, "DE")
    return M(folder=F, num=4, lang="de", slug="filmverleih-abrechnung-filmmiete",
             profile=I.Outlook365(**NORD), when=("de", 2026, 10, 6, 15, 8, 17),
             frm=("Jana Hartmann", "j.hartmann@nordlicht-filmverleih.de"), to=[S("film")], cc=[S("de_acc")],
             subject="Abrechnung Filmmiete September 2026 - Köln/Bonn",
             msgid_override="<FR4P281MB36159D8E2A0F11B37C2E88F1A51320@FR4P281MB3615.DEUP281.prod.outlook.com>",
             body=mixed(alt(body, h, "utf-8", "quoted-printable", hcte="base64"),
                        att_outlook(pdfb, "application/pdf", "Abrechnung_Filmmiete_09-2026_Example_Group.pdf", sent)),
             hardneg=[4], hn_topic="Film-rental statement from the distributor's booker (thread later hijacked)",
             desc="Monthly film-rental statement from the distributor with PDF (titles, admissions, percentage terms)",
             why="Real distributor tenant, business hours, the booker's usual signature, PDF attachment with detailed "
                 "figures, payment to the distributor's long-standing German account.")


def b05():
    txt = dedent("""
    Hallo Katrin, hallo Birgit,

    ich liege seit heute Nacht mit Fieber flach und war gerade beim Arzt: krankgeschrieben bis einschließlich Freitag. Die eAU hat die Praxis direkt an die Krankenkasse geschickt, ihr könnt sie ab morgen abrufen.

    Ich schreibe von privat, weil mein Laptop im Büro liegt. Die Technikprobe für das Rheintal-Medical-Event am Donnerstag kann Marco übernehmen, Ablaufplan und Bühnenplan liegen im Teams-Ordner Events/2026-12. Die Caterer-Bestätigung kommt noch an mein Postfach, könnt ihr da bitte ein Auge drauf haben?

    Liebe Grüße
    Hannah
    """)
    return M(folder=F, num=5, lang="de", slug="krankmeldung-von-privater-adresse",
             profile=I.Gmail(), when=("de", 2026, 12, 1, 8, 3, 26),
             frm=("Hannah Fuchs", "hannah.fuchs86@gmail.com"), to=[S("hr"), S("de_mgr")],
             subject="Krankmeldung bis Freitag",
             body=alt(txt, htm.gmail(txt), "UTF-8", "quoted-printable"),
             hardneg=[6], hn_topic="Employee writing to HR from a private free-mail address",
             desc="Employee calls in sick from her private Gmail, hands over event preparation",
             why="Private address she has used before for such notes; no request for money, data or changes; electronic "
                 "sick note goes the official way via the health insurer; concrete internal details (event, colleague, "
                 "Teams folder).")


def b06():
    body = dedent("""
    Liebe Kolleginnen und Kollegen,

    ab Montag, 02.11.2026, stellen wir die Anmeldung an Microsoft 365 (Outlook, Teams, SharePoint) auf das Verfahren "Number Matching" in der Microsoft-Authenticator-App um. Bei jeder Anmeldung wird Ihnen am Bildschirm eine zweistellige Zahl angezeigt, die Sie in der App eingeben.

    Was ist zu tun?
    - Bitte prüfen Sie bis 30.10. unter https://aka.ms/mysecurityinfo, ob die Authenticator-App als Standardmethode hinterlegt ist.
    - Wer noch eine SMS-Anmeldung nutzt, kann die App dort selbst hinzufügen oder am 28.10. zwischen 9 und 12 Uhr bei uns im IT-Raum (2. OG) vorbeikommen.

    Wichtig:
    - Die IT verschickt keine QR-Codes per E-Mail und fragt Sie niemals nach Ihrem Kennwort oder einem Bestätigungscode.
    - Erhalten Sie eine Anmeldeanfrage in der App, die Sie nicht selbst ausgelöst haben: ablehnen und an it-security@example.com melden.

    Fragen gern an den IT-Service, Durchwahl -333.

    Viele Grüße
    Lukas Hoffmann
    IT-Sicherheit | Example Group GmbH
    """)
    t = plain(body, "iso-8859-1", "quoted-printable")
    h = html(htm.outlook(body, "DE"), "iso-8859-1", "quoted-printable")
    return M(folder=F, num=6, lang="de", slug="it-hinweis-mfa-number-matching-intern",
             profile=I.ExchangeInternal(lang="de-DE"), when=("de", 2026, 10, 19, 14, 2, 9),
             frm=S("sec"), to=[("Alle Mitarbeitenden Deutschland", "alle-de@example.com")],
             rcpt="hannah.fuchs@example.com", hcs="iso-8859-1",
             subject="Umstellung Microsoft-365-Anmeldung auf Number Matching ab 02.11.",
             body=mime.multi("alternative", [t, h]),
             hardneg=[5, 16], hn_topic="MFA change notice from IT",
             desc="Internal IT notice about switching MFA to number matching, with dates, self-service link and a walk-in slot",
             why="From the IT security admin via Exchange and the internal relay; link to Microsoft's real aka.ms security-info "
                 "page; no deadline threats; explicitly says IT never sends QR codes or asks for passwords.")


def b07():
    unsub = "https://r.newsletter.kino-kompass.de/mk/un/v2/sh/7nwA8Wq3rRkQ1mY0pZdLxBcF"
    txt = dedent("""
    Kino-Kompass - Der Branchenbrief für Filmtheater
    Ausgabe 45/2026 | 9. November 2026

    Wochenende: "Das stille Haus" bleibt vorn
    Mit rund 187.000 Besucherinnen und Besuchern führt "Das stille Haus" zum vierten Mal in Folge die Charts an. Insgesamt lösten die deutschen Kinos am Wochenende 1,02 Mio. Tickets, 6 %% mehr als in der Vorwoche.

    Filmabgabe: neue Meldefristen ab 2027
    Die FFA weist darauf hin, dass ab Januar 2027 die monatlichen Meldungen ausschließlich über das FFA-Portal eingereicht werden können. Papiermeldungen entfallen. Details im Rundschreiben 11/2026 auf ffa.de.

    Technik: Laserprojektion im Mittelstand
    Drei Betreiber berichten über Umrüstkosten, Stromverbrauch und Erfahrungen mit Wartungsverträgen.

    Termine
    - 24.11. Webinar "Energiekosten im Kino senken"
    - 02.12. Regionaltreffen NRW, Köln

    Sie erhalten diesen Newsletter, weil Sie sich mit kerstin.vogt@example.com angemeldet haben.
    Abmelden: %s
    Kino-Kompass | Medienbüro Lorenz | Friedrichstraße 88 | 40217 Düsseldorf
    """) % unsub
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kino-Kompass 45/2026</title></head>\n'
         '<body style="margin:0;background:#efefef"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222">\n'
         '<tr><td style="background:#8b1a1a;color:#fff;padding:18px 24px;font-size:24px">Kino-Kompass<br>'
         '<span style="font-size:13px;font-family:Arial">Der Branchenbrief für Filmtheater &middot; Ausgabe 45/2026 &middot; 9. November 2026</span></td></tr>\n'
         '<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">\n'
         '<h2 style="font-size:19px">Wochenende: &bdquo;Das stille Haus&ldquo; bleibt vorn</h2>\n'
         '<p>Mit rund 187.000 Besucherinnen und Besuchern führt &bdquo;Das stille Haus&ldquo; zum vierten Mal in Folge die Charts an. '
         'Insgesamt lösten die deutschen Kinos am Wochenende 1,02 Mio. Tickets, 6 %% mehr als in der Vorwoche.</p>\n'
         '<h2 style="font-size:19px">Filmabgabe: neue Meldefristen ab 2027</h2>\n'
         '<p>Die FFA weist darauf hin, dass ab Januar 2027 die monatlichen Meldungen ausschließlich über das FFA-Portal eingereicht '
         'werden können. Papiermeldungen entfallen. Details im Rundschreiben 11/2026 auf <a href="https://www.ffa.de">ffa.de</a>.</p>\n'
         '<h2 style="font-size:19px">Technik: Laserprojektion im Mittelstand</h2>\n'
         '<p>Drei Betreiber berichten über Umrüstkosten, Stromverbrauch und Erfahrungen mit Wartungsverträgen. '
         '<a href="https://r.newsletter.kino-kompass.de/mk/cl/f/sh/7nwA8Wq3rRkQ2xT4">Weiterlesen</a></p>\n'
         '<h3>Termine</h3><ul><li>24.11. Webinar &bdquo;Energiekosten im Kino senken&ldquo;</li><li>02.12. Regionaltreffen NRW, Köln</li></ul>\n'
         '</td></tr>\n<tr><td style="padding:14px 24px;font-family:Arial;font-size:11px;color:#777;background:#f6f6f6">'
         'Sie erhalten diesen Newsletter, weil Sie sich mit kerstin.vogt@example.com angemeldet haben. '
         '<a href="%s">Abmelden</a><br>Kino-Kompass | Medienbüro Lorenz | Friedrichstraße 88 | 40217 Düsseldorf</td></tr>\n'
         '</table></td></tr></table>\n<img src="https://r.newsletter.kino-kompass.de/mk/op/sh/7nwA8Wq3rRkQ" width="1" height="1" alt="">\n'
         '</body></html>\n') % unsub
    return M(folder=F, num=7, lang="de", slug="newsletter-branchenbrief-brevo",
             profile=I.Brevo(), when=("de", 2026, 11, 9, 6, 30, 4),
             frm=("Kino-Kompass", "news@newsletter.kino-kompass.de"), to=[S("film")],
             reply_to=("Kino-Kompass Redaktion", "redaktion@kino-kompass.de"),
             env_from="bounces-81722-kinokompass@bounces.sendibt3.com",
             subject="Kino-Kompass 45/2026: Das stille Haus bleibt vorn, Filmabgabe ab 2027 nur noch digital",
             extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-81722-7nwA8Wq3@newsletter.kino-kompass.de>" % unsub),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
             body=alt(txt, h, "utf-8", "quoted-printable"),
             hardneg=[3, 7], hn_topic="Bulk mail via Brevo about the film levy / trade topics",
             desc="Subscribed weekly trade newsletter via Brevo with one-click List-Unsubscribe",
             why="Opt-in newsletter the film booker subscribed to; consistent sender domain and ESP; informational only, "
                 "links to the publisher's tracker and the real ffa.de; RFC 8058 unsubscribe headers.")


def b08():
    body = dedent("""
    Sehr geehrte Frau Krüger,

    vielen Dank für das freundliche Telefonat am Montag. Wie besprochen hier unsere Eckdaten für die Weihnachtsfeier der Rheintal Medical GmbH:

    Datum: Donnerstag, 03.12.2026, ab 18:00 Uhr
    Teilnehmer: ca. 140 Personen
    Programm: Get-together im Foyer, Begrüßung im Saal, Privatvorstellung (Filmauswahl stimmen wir intern noch ab), danach Flying Buffet
    Technik: Rednerpult mit Mikrofon, Präsentation vom eigenen Laptop (HDMI)
    Budget: ca. 120 EUR pro Person inkl. Getränke

    Wäre der große Saal am Hohenzollernring an dem Abend verfügbar? Über ein Angebot bis zum 06.11. würden wir uns freuen, gern als PDF an meine Adresse. Für Rückfragen erreichen Sie mich unter 0228 9127-340.

    Mit freundlichen Grüßen

    Verena Albrecht
    Assistenz der Geschäftsführung
    Rheintal Medical GmbH | Godesberger Allee 139 | 53175 Bonn
    """)
    return M(folder=F, num=8, lang="de", slug="kundenanfrage-weihnachtsfeier",
             profile=I.Thunderbird(lang="de-DE", lan_ip="10.10.4.57", client_rdns="mail.rheintal-medical.de",
                                   client_ip="10.10.1.5", out=("mail.rheintal-medical.de", "mail.rheintal-medical.de",
                                                                "212.87.141.36"), short_auth=True),
             when=("de", 2026, 10, 28, 16, 45, 12),
             frm=("Verena Albrecht", "v.albrecht@rheintal-medical.de"), to=[S("sales")],
             hcs="iso-8859-15",
             subject="Anfrage Weihnachtsfeier 03.12.2026 - ca. 140 Personen",
             body=plain(body, "ISO-8859-15", "8bit", quote_charset=False, flowed=True),
             hardneg=[8], hn_topic="Corporate Christmas-party booking request to sales",
             desc="Corporate customer's event inquiry following a phone call, with date, head count, programme and budget",
             why="Company domain with its own mail server; refers to a prior phone call; all details in the mail body, "
                 "no attachments or links; asks for a PDF offer; callback number on the company's exchange.")


MESSAGES = [b01, b02, b03, b04, b05, b06, b07, b08]
