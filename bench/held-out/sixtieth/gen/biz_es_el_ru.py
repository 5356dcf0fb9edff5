"""Genuine business messages 27-31 (Spanish), 32-36 (Greek), 37-40 (Russian)."""
import mailers as M
from core import message, alt, mixed, pdf_att
from mime import hdr_text, Text, Attachment, to_plain, html_outlook, html_gmail, html_simple, html_branded
from common import D, ib, outlook_quote
from people import st, BANK, TAX, RU
from docs import simple_doc, wav_silence
from util import hexid, alnum, uuid4, rng

F = "business"

WEBEMPRESA_SMTP = {"hop": "from %(pc)s (83.red-83-45-112.dynamicip.rima-tde.net [83.45.112.83])\n\tby cp7.webempresa.eu with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%(frm)s>)\n\tid %(id)s\n\tfor %(rcpt)s;\n\t%(date)s",
                   "client": ("cp7.webempresa.eu", "cp7.webempresa.eu", "185.2.4.57")}
AEGEON_SMTP = {"hop": "from %(pc)s (ppp-94-66-221-17.home.otenet.gr [94.66.221.17])\n\t(Authenticated sender: %(frm)s)\n\tby mail.aegeon-hotel.gr (Postfix) with ESMTPSA id %(id)s\n\tfor <%(rcpt)s>; %(date_abbr)s",
               "client": ("mail.aegeon-hotel.gr", "mail.aegeon-hotel.gr", "185.138.42.19")}
OTE_HOME = dict(M.OTE)


def gov(host, ip, inner, zone, mid_dom, hdrs=None, tls=M.TLS12):
    def prof(ctx):
        r = ctx["r"]
        return {"msgid": "<%d.%d.%d.JavaMail.%s>" % (r.randint(10 ** 8, 10 ** 9), r.randint(100, 99999), int(ctx["date"].timestamp() * 1000), mid_dom),
                "hops": ["from %s (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    inner, inner, r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), host, M.pfx_short(r), ctx["rcpt"], M.loc(ctx["date"], zone, 1, True))],
                "client": (host, host, ip), "tls": tls, "headers": hdrs or [],
                "boundary": lambda k: "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), int(ctx["date"].timestamp() * 1000)),
                "order": "generic"}
    return prof


def build():
    # ============================================================ SPANISH
    # ------------------------------------------------------------ 27 DEHú genuine notice
    txt = """Estimado/a usuario/a:

Le comunicamos que tiene a su disposición nuevas notificaciones en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SA (%s)
Organismo emisor: Agencia Estatal de Administración Tributaria
Número de notificaciones pendientes: 1

Para acceder a su contenido identifíquese con certificado electrónico o Cl@ve en la DEHú (https://dehu.redsara.es) o en la sede electrónica del organismo emisor.

Le recordamos que, de acuerdo con el artículo 43 de la Ley 39/2015, las notificaciones por medios electrónicos se entenderán rechazadas cuando hayan transcurrido diez días naturales desde su puesta a disposición sin que se acceda a su contenido.

Este es un mensaje automático de aviso. Por favor, no responda a este correo electrónico.""" % TAX["example_es_cif"]
    message(F, 27, "es", "dehu-aviso-notificacion-aeat", gov("relay02.correo.gob.es", "195.57.16.202", "dehu-notif-03.redsara.es", "es", "dehu@notif03"),
            ("DEHú - Dirección Electrónica Habilitada única", "noreply.dehu@correo.gob.es"), [st("lucia.fernandez")],
            "Aviso de puesta a disposición de notificaciones",
            D("es", 11, 17, 4, 5, 33),
            Text(txt, "plain", "iso-8859-1", "quoted-printable"),
            hcs="iso-8859-1", hmode="Q",
            what="Official DEHú notice that a new electronic notification from the tax agency (AEAT) is waiting.",
            why="Genuine: government relay correo.gob.es, refers to the official portal dehu.redsara.es by plain URL, no button, no deadline other than the legal 10-day rule. Hard negative for attack/27.",
            pair="attack/27")

    # ------------------------------------------------------------ 28 carrier invoices (genuine reply in the same thread as attack/30)
    txt = """Buenos días Lucía,

Le adjunto las dos facturas de octubre que faltaban:

F-2026/0917 - 14/10/2026 - Getafe-Zaragoza, camión completo - 1.089,00 €
F-2026/0944 - 21/10/2026 - Getafe-Zaragoza, camión completo - 1.089,00 €

El pago, como siempre, por transferencia a nuestra cuenta de CaixaBank que figura en las facturas.

Un saludo,

Rubén Navarro
Transportes Hermanos Navarro S.L.
Polígono Industrial Los Olivos, C/ Laboriosidad 12 - 28906 Getafe (Madrid)
Tel. 91 684 27 31"""
    prev = "Buenos días,\n\n¿Podrían enviarnos las facturas de octubre que nos faltan (viajes Getafe-Zaragoza del 14 y 21/10)? Las necesitamos para el cierre del mes.\n\nGracias,\nLucía Fernández\nContabilidad | Example Group Iberia S.A."
    full = txt + outlook_quote("es", st("lucia.fernandez"), D("es", 11, 5, 12, 14),
                               [("Transportes Navarro", "administracion@transportesnavarro.es")], "Facturas octubre - Transportes Navarro", prev)
    fac = simple_doc([
        "## Transportes Hermanos Navarro S.L.", "C/ Laboriosidad 12 - 28906 Getafe (Madrid) - CIF " + TAX["navarro_cif"], "",
        "Cliente: EXAMPLE GROUP IBERIA SA - CIF " + TAX["example_es_cif"] + " - Calle de Alcalá 265, 28027 Madrid", "",
        "# Factura F-2026/0917  (14/10/2026)", "Transporte Getafe - Zaragoza (Plaza), camión completo, 13,6 m     900,00 €",
        "IVA 21 %                                                              189,00 €", "# Total 1.089,00 €", "", "---",
        "# Factura F-2026/0944  (21/10/2026)", "Transporte Getafe - Zaragoza (Plaza), camión completo, 13,6 m     900,00 €",
        "IVA 21 %                                                              189,00 €", "# Total 1.089,00 €", "", "---",
        "Forma de pago: transferencia a 30 días - CaixaBank " + ib(BANK["navarro"]),
    ], title="Facturas F-2026/0917 F-2026/0944", author="Transportes Navarro", producer="a3ERP", creator="a3ERP",
        date="D:20261106093012+01'00'")
    message(F, 28, "es", "transportista-facturas-octubre", M.outlook_smtp,
            ("Transportes Hermanos Navarro", "administracion@transportesnavarro.es"), [st("lucia.fernandez")],
            "RE: Facturas octubre - Transportes Navarro",
            D("es", 11, 6, 9, 36, 50),
            mixed(alt(full, html_outlook(full, "windows-1252", lang="ES"), "windows-1252"),
                  pdf_att(fac, "Facturas_F-2026-0917_0944.pdf")),
            irt="<5d0c7e3a91b24f6f8a2e4c1d7b9e0a53@EXCH01.corp.example.com>",
            refs="<5d0c7e3a91b24f6f8a2e4c1d7b9e0a53@EXCH01.corp.example.com>",
            opt={"provider": WEBEMPRESA_SMTP, "pc": "PC-ADMIN01", "zone": "es", "clang": "es"},
            hcs="windows-1252", hmode="Q",
            what="Carrier replies to the accountant's request with the two missing October invoices as a plain PDF.",
            why="Genuine: the carrier's Outlook through its hosting SMTP from a Spanish Telefónica line, plain PDF, amounts and bank match earlier invoices. Hard negative for attack/30 (hijack of this very thread).",
            pair="attack/30")

    # ------------------------------------------------------------ 29 customer complaint (Google Workspace)
    txt = """Buenos días, Javier:

Le escribo para dejar constancia formal de la incidencia de hoy. Desde las 8:30 hasta pasadas las 12:00 nuestra centralita virtual no ha recibido ninguna llamada: los pacientes oían un mensaje de «número no disponible». Hemos perdido citas y varios pacientes con urgencias no han podido contactar con la clínica.

Es la segunda vez en dos meses (la anterior fue el 14 de octubre, incidencia ES-INC-7731). Necesito que me expliquen qué ha pasado y qué medidas van a tomar para que no vuelva a ocurrir, y les solicito la compensación prevista en el contrato por la indisponibilidad del servicio.

Quedo a la espera de su respuesta hoy mismo.

Un saludo,

Dra. Marta Gil
Directora médica
Clínica Dental Sonrisa
C/ de Francisco Silvela 71, 28028 Madrid
Tel. 91 356 48 20"""
    message(F, 29, "es", "queja-cliente-centralita-caida", M.gmail,
            ("Dra. Marta Gil", "marta.gil@clinicasonrisa.es"), [st("javier.morales")],
            "Queja formal: centralita sin servicio toda la mañana",
            D("es", 11, 26, 12, 31, 9),
            alt(txt, html_gmail(txt), "utf-8"),
            hcs="utf-8", hmode="Q",
            what="Dental-clinic customer (Google Workspace) files a formal complaint about a morning-long outage of its cloud PBX and asks for compensation.",
            why="Genuine: customer's own domain hosted at Google, concrete incident references, asks for explanation and SLA credit; no link, attachment or payment.")

    # ------------------------------------------------------------ 30 Google security alert (genuine)
    ms = 1764581234000
    url = "https://accounts.google.com/AccountChooser?Email=javier.morales@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-4471902283746152093%%26et%%3D0" % ms
    txt = """Nuevo inicio de sesión en Windows

javier.morales@example.com

Hemos detectado un nuevo inicio de sesión en tu cuenta de Google en un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

[[BUTTON:Consultar actividad|%s]]

También puedes consultar la actividad de seguridad en
https://myaccount.google.com/notifications

Te hemos enviado este correo electrónico para informarte de cambios importantes en los servicios y en tu cuenta de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % url

    def google(ctx):
        r = ctx["r"]
        return {"msgid": "<%s@notifications.google.com>" % alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                "hops": ["by mail-sor-f69.google.com with SMTP id %s-%ssor%d.%d.%d\n        for <%s>\n        (Google Transport Security);\n        %s" % (
                    "d9443c01a7336", hexid(r, 10), r.randint(1000000, 9999999), r.randint(2, 9), r.randint(10, 90),
                    ctx["rcpt"], M.loc(ctx["date"], "pt", 0, True))],
                "client": ("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69"), "tls": M.TLS13_128,
                "headers": [("X-Notifications", hexid(r, 16)), ("X-Account-Notification-Type", "127-anexp#nret-fa"),
                            ("Feedback-ID", "127-anexp#nret-fa:account-notifier")],
                "return_path": "3%s@gaia.bounces.google.com" % alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-."),
                "boundary": lambda k: "000000000000" + hexid(r, 16), "order": "generic"}
    message(F, 30, "es", "google-alerta-seguridad-inicio-sesion", google,
            ("Google", "no-reply@accounts.google.com"), [st("javier.morales")],
            "Alerta de seguridad", D("es", 12, 1, 9, 27, 14),
            alt(to_plain(txt, "angle"), html_branded("Alerta de seguridad", txt, brand="#1a73e8", logo_text="Google", lang="es"), "utf-8"),
            hcs="utf-8", hmode="B",
            what="Google account security alert (new sign-in on Windows) for the Google account the Madrid office manager uses for Google Business Profile.",
            why="Genuine: Google's own sending host mail-sor-f69.google.com, gaia.bounces.google.com Return-Path, links only to accounts.google.com / myaccount.google.com, 'if it was you, do nothing'.")

    # ------------------------------------------------------------ 31 genuine voicemail notification from the company's own PBX
    txt = """Tiene un nuevo mensaje de voz en su buzón (ext. 2140).

De: +34 913 564 820 (Clínica Dental Sonrisa)
Fecha: martes, 1 de diciembre de 2026, 11:20
Duración: 00:38

El mensaje se adjunta en formato WAV. También puede escucharlo marcando *98 desde su extensión o en el portal Mi Centralita.

-- 
Example Group · Centralita Cloud"""
    d = D("es", 12, 1, 11, 21, 2)
    message(F, 31, "es", "buzon-voz-centralita-propia-wav", M.exchange_internal,
            ("Centralita Cloud", "voicemail@voice.example.com"), [st("javier.morales")],
            "Nuevo mensaje de voz de +34 913 564 820 (00:38)", d,
            mixed(Text(txt, "plain", "iso-8859-15", "8bit", hardwrap=76),
                  Attachment(wav_silence(1.5), "audio/x-wav", "msg0003.wav")),
            msgid="<Asterisk-3-1487201932-2140-18741@pbx-core02.voice.example.com>",
            opt={"exch": "EXCH02", "system": ("pbx-core02.voice.example.com", "10.40.2.12"),
                 "sys_headers": [("X-Asterisk-VM-Message-Num", "3"), ("X-Asterisk-VM-Server-Name", "pbx-core02.voice.example.com"),
                                 ("X-Asterisk-VM-Context", "eg-mad"), ("X-Asterisk-VM-Extension", "2140"),
                                 ("X-Asterisk-VM-Caller-ID-Num", "+34913564820"),
                                 ("X-Asterisk-VM-Caller-ID-Name", "Clinica Dental Sonrisa"),
                                 ("X-Asterisk-VM-Duration", "38"), ("X-Asterisk-VM-Orig-date", "Tuesday, December 01, 2026 at 11:20:24 AM"),
                                 ("Auto-Submitted", "auto-generated")]},
            hcs="iso-8859-15", hmode="Q",
            what="Voicemail-to-e-mail notification from the company's own cloud PBX with the recording as WAV.",
            why="Genuine: generated by the company's Asterisk-based PBX pbx-core02.voice.example.com and relayed via Exchange and mail-int01, real audio file, caller is a known customer. Hard negative for attack/31 (fake voicemail with SVG).",
            pair="attack/31")

    # ============================================================ GREEK
    # ------------------------------------------------------------ 32 AADE genuine myAADE inbox notice
    txt = """Αγαπητέ/ή χρήστη,

Σας ενημερώνουμε ότι στη Θυρίδα σας στην εφαρμογή myAADE έχει αναρτηθεί νέο μήνυμα.

Θέμα: Αποτελέσματα διασταύρωσης myDATA γ' τριμήνου 2026
ΑΦΜ: %s

Για να δείτε το μήνυμα, συνδεθείτε στο myAADE με τους κωδικούς TAXISnet μέσω της ιστοσελίδας της ΑΑΔΕ (www.aade.gr) > myAADE > Θυρίδα.

Για λόγους ασφαλείας η ΑΑΔΕ δεν αποστέλλει συνδέσμους εισόδου σε εφαρμογές μέσω e-mail.

Το μήνυμα αυτό αποστέλλεται αυτόματα. Παρακαλούμε μην απαντάτε.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων""" % TAX["example_gr_afm"]
    message(F, 32, "el", "aade-myaade-thyrida-eidopoiisi", gov("mailgw2.aade.gr", "194.219.138.77", "notify-app01.aade.gr", "el", "myaade@notify01"),
            ("ΑΑΔΕ", "noreply@aade.gr"), [st("eleni.georgiou")],
            "Νέο μήνυμα στη Θυρίδα σας - myAADE",
            D("el", 11, 20, 10, 2, 41),
            Text(txt, "plain", "iso-8859-7", "quoted-printable"),
            hcs="iso-8859-7", hmode="B",
            what="Automatic AADE notice that a message about myDATA cross-checks for Q3 2026 is waiting in the myAADE inbox.",
            why="Genuine: aade.gr infrastructure, no link or button, tells the user to go to www.aade.gr herself. Hard negative for attack/32 (same topic, phishing).",
            pair="attack/32")

    # ------------------------------------------------------------ 33 hotel customer complaint (Outlook, windows-1253)
    txt = """Κύριε Παπαδόπουλε, καλημέρα,

Από χθες το βράδυ στις 21:40 περίπου δεν έχουμε καθόλου σύνδεση στο ξενοδοχείο (γραμμή fiber, σύμβαση GR-HOT-0419). Έχουμε ανοίξει αίτημα στην τεχνική υποστήριξη (αρ. 33418), αλλά μέχρι τώρα δεν έχει έρθει κανείς.

Χωρίς ίντερνετ δεν λειτουργεί το σύστημα κρατήσεων ούτε τα POS, και οι πελάτες παραπονιούνται για το Wi-Fi. Σας παρακαλώ να μου πείτε μέχρι το μεσημέρι πότε θα έρθει τεχνικός, διαφορετικά θα πρέπει να ζητήσουμε αποζημίωση σύμφωνα με τη σύμβαση.

Ευχαριστώ,
Γιώργος Αντωνίου
Διευθυντής
Ξενοδοχείο Αιγαίον, Ερμούπολη Σύρου
Τηλ. 22810 83 412"""
    message(F, 33, "el", "parapono-pelati-xenodocheio-diakopi", M.outlook_smtp,
            ("Γιώργος Αντωνίου", "g.antoniou@aegeon-hotel.gr"), [st("nikos.papadopoulos")],
            "Διακοπή σύνδεσης fiber από χθες το βράδυ - επηρεάζονται οι κρατήσεις",
            D("el", 12, 7, 8, 19, 30),
            alt(txt, html_outlook(txt, "windows-1253", lang="EL"), "windows-1253"),
            opt={"provider": AEGEON_SMTP, "pc": "RECEPTION-PC", "zone": "el", "clang": "el"},
            hcs="windows-1253", hmode="B",
            what="Hotel customer complains that its fibre line has been down since the previous evening, threatens to claim compensation.",
            why="Genuine: customer's own mail server, known contact, concrete contract/ticket data; no money, link or attachment.")

    # ------------------------------------------------------------ 34 carrier's genuine invoice mail (same thread as attack/34)
    prev = "Καλημέρα κ. Μαυρίδη,\n\nΜπορείτε να μας στείλετε τα τιμολόγια Οκτωβρίου για τις μεταφορές προς Σύρο και Πάτρα; Θα μπουν στην πληρωμή της επόμενης εβδομάδας.\n\nΕυχαριστώ,\nΕλένη Γεωργίου"
    txt = """Καλησπέρα κα Γεωργίου,

Σας στέλνω τα στοιχεία των τιμολογίων Οκτωβρίου:

Τιμ. 1187 - 14/10/2026 - Πειραιάς-Σύρος, 3 παλέτες εξοπλισμού - 3.410,00 € (με ΦΠΑ)
Τιμ. 1191 - 28/10/2026 - Πειραιάς-Πάτρα, 2 παλέτες - 3.432,00 € (με ΦΠΑ)

Σύνολο 6.842,00 €. Τα τιμολόγια έχουν διαβιβαστεί στο myDATA (ΜΑΡΚ 400001928374651 και 400001930018842).

Πληρωμή όπως πάντα στην Εθνική Τράπεζα, IBAN %s.

Ευχαριστώ,
Σταύρος Μαυρίδης
Μεταφορές - Διανομές
Ακτή Μιαούλη 83, Πειραιάς
ΑΦΜ %s - Τηλ. 210 4126 558""" % (ib(BANK["mavridis"]), TAX["mavridis_afm"])
    full = txt + outlook_quote("el", st("eleni.georgiou"), D("el", 11, 2, 10, 5),
                               [("Σταύρος Μαυρίδης", "smavridis@otenet.gr")], "Τιμολόγια Οκτωβρίου - Μαυρίδης", prev)
    message(F, 34, "el", "metaforeas-timologia-oktovriou", M.outlook_smtp,
            ("Σταύρος Μαυρίδης", "smavridis@otenet.gr"), [st("eleni.georgiou")],
            "RE: Τιμολόγια Οκτωβρίου - Μαυρίδης",
            D("el", 11, 2, 17, 48, 3),
            alt(full, html_outlook(full, "windows-1253", lang="EL"), "windows-1253"),
            irt="<0b9e41d27f6c4a58b3e2d1c0a9f87e65@EXCH02.corp.example.com>",
            refs="<0b9e41d27f6c4a58b3e2d1c0a9f87e65@EXCH02.corp.example.com>",
            opt={"provider": M.OTE, "ip": "94.65.148.212", "isp": "ppp-94-65-148-212.home.otenet.gr", "pc": "STAVROS-PC",
                 "zone": "el", "clang": "el"},
            hcs="windows-1253", hmode="B",
            what="Small carrier replies with his October invoices (myDATA MARK numbers) and his usual National Bank IBAN.",
            why="Genuine: same mailbox and thread as attack/34 but sent from his usual Greek home DSL line, no Reply-To, known Greek account, invoices registered in myDATA. Hard negative for attack/34.",
            pair="attack/34")

    # ------------------------------------------------------------ 35 ACS genuine delivery notice
    url = "https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=5618830247"
    txt = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 5618830247 από TECHNOLAND Α.Ε. θα παραδοθεί σήμερα, 10/11/2026, μεταξύ 10:00 και 14:00 στη διεύθυνση Λεωφ. Κηφισίας 124, Μαρούσι.

Μπορείτε να παρακολουθήσετε την αποστολή σας εδώ:
[[Παρακολούθηση αποστολής|%s]]

Ευχαριστούμε που επιλέξατε την ACS.

ACS Courier
Εξυπηρέτηση Πελατών: 210 8190000""" % url

    def acs(ctx):
        r = ctx["r"]
        return {"msgid": "<%s@acscourier.net>" % uuid4(r),
                "hops": ["from notify01.acscourier.local ([10.10.%d.%d])\n\tby smtp2.acscourier.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    r.randint(1, 250), r.randint(1, 250), M.pfx_short(r), ctx["rcpt"], M.loc(ctx["date"], "el", 1, True))],
                "client": ("smtp2.acscourier.net", "smtp2.acscourier.net", "212.205.55.134"), "tls": M.TLS12,
                "headers": [("Auto-Submitted", "auto-generated")],
                "boundary": lambda k: "=_%s" % hexid(r, 32), "order": "generic"}
    message(F, 35, "el", "acs-courier-enimerosi-paradosis", acs,
            ("ACS Courier", "noreply@acscourier.net"), [st("nikos.papadopoulos")],
            "Ενημέρωση αποστολής 5618830247: παράδοση σήμερα",
            D("el", 11, 10, 8, 4, 12),
            alt(to_plain(txt, "angle"), html_branded("ACS Courier", txt, brand="#e30613", logo_text="ACS Courier", lang="el", charset="iso-8859-7"),
                "iso-8859-7", cte_p="quoted-printable", cte_h="base64"),
            hcs="iso-8859-7", hmode="B",
            what="ACS Courier delivery notice for an expected equipment shipment, with a tracking link.",
            why="Genuine: acscourier.net sender and link, no payment requested, matching an expected delivery to the Athens office. Hard negative for attack/35.",
            pair="attack/35")

    # ------------------------------------------------------------ 36 genuine internal payment instruction
    txt = """Ελένη,

Τα τιμολόγια του Μαυρίδη για τον Οκτώβριο (1187 και 1191, σύνολο 6.842,00 €) είναι εγκεκριμένα από μένα στο SAP (παραστατικά 5100051190 και 5100051191). Βάλ' τα σε παρακαλώ στην πληρωμή της Παρασκευής, στον γνωστό λογαριασμό της Εθνικής, όπως είναι στα στοιχεία του προμηθευτή.

ΥΓ. Ο κ. Μαυρίδης μου τηλεφώνησε ότι κάποιος έστειλε χθες από το email του αίτημα για αλλαγή λογαριασμού σε τράπεζα της Κύπρου. Αγνόησέ το· το έχει ήδη αναφέρει στη Δίωξη Ηλεκτρονικού Εγκλήματος και αλλάζει κωδικούς.

Νίκος

Νίκος Παπαδόπουλος
Διευθυντής Γραφείου Αθηνών
Example Group Hellas Μ.Α.Ε."""
    message(F, 36, "el", "esoteriki-entoli-pliromis-promitheuti", M.exchange_internal,
            st("nikos.papadopoulos"), [st("eleni.georgiou")],
            "Πληρωμή Μαυρίδη - τιμολόγια 1187 και 1191",
            D("el", 11, 4, 12, 10, 38),
            alt(txt, html_outlook(txt, "iso-8859-7", lang="EL"), "iso-8859-7"),
            opt={"exch": "EXCH01", "clang": "el-GR", "lang": "el-GR, en-US"},
            hcs="iso-8859-7", hmode="B",
            what="Athens office manager tells the accountant to include two approved carrier invoices in Friday's payment run and to ignore a fraudulent bank-change request.",
            why="Genuine: internal mail via Exchange and mail-int01, references approved SAP documents, known supplier and its known account, regular payment run. Hard negative for attack/36 (Gmail impersonation) and attack/34.",
            pair="attack/36")

    # ============================================================ RUSSIAN
    # ------------------------------------------------------------ 37 Kontur.Extern genuine notification
    txt = """Здравствуйте!

В Контур.Экстерн поступил документ из налогового органа.

Организация: ООО «Экзампл Груп Рус», ИНН %s
Отправитель: Межрайонная ИФНС России № 25 по Санкт-Петербургу
Документ: Требование о представлении пояснений
Дата поступления: 05.11.2026

Квитанция о приеме будет отправлена автоматически. Ответ на требование необходимо направить в течение 5 рабочих дней.

Чтобы открыть документ, войдите в Контур.Экстерн: https://extern.kontur.ru

С уважением,
команда Контур.Экстерна""" % TAX["example_ru_inn"]

    def kontur(ctx):
        r = ctx["r"]
        return {"msgid": "<%s@notify.kontur.ru>" % uuid4(r),
                "hops": ["from notify-sender-04.kontur.host (notify-sender-04.kontur.host [10.34.%d.%d])\n\tby mx-out2.kontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    r.randint(1, 250), r.randint(1, 250), M.pfx_short(r), ctx["rcpt"], M.loc(ctx["date"], "ru", 1, True))],
                "client": ("mx-out2.kontur.ru", "mx-out2.kontur.ru", "46.17.203.51"), "tls": M.TLS13,
                "headers": [("Auto-Submitted", "auto-generated")],
                "boundary": lambda k: "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), int(ctx["date"].timestamp() * 1000)),
                "order": "generic"}
    message(F, 37, "ru", "kontur-extern-postuplenie-trebovaniya", kontur,
            ("Контур.Экстерн", "noreply@notify.kontur.ru"), [st("olga.ivanova")],
            "Поступило требование из ФНС: ООО «Экзампл Груп Рус»",
            D("ru", 11, 5, 14, 2, 19),
            alt(to_plain(txt, "angle"), html_branded("Контур.Экстерн", txt, brand="#1f87ef", logo_text="Контур.Экстерн", lang="ru"),
                "utf-8", cte_p="base64", cte_h="base64"),
            hcs="utf-8", hmode="B",
            what="Notification from the company's EDO/reporting operator that a tax-office demand has arrived in Kontur.Extern.",
            why="Genuine: kontur.ru infrastructure, only tells the user to log in to the known service extern.kontur.ru; demand itself stays inside the operator's system. Hard negative for attack/37 (fake demand by mail) and attack/40 (fake Diadoc).",
            pair="attack/37")

    # ------------------------------------------------------------ 38 Yandex ID sign-in notice
    txt = """Здравствуйте, Дмитрий!

В ваш аккаунт Яндекса dmitry.sokolov.eg выполнен вход с нового устройства.

Когда: 18 ноября 2026, 09:14 (МСК)
Устройство: Windows, Яндекс Браузер
Где: Санкт-Петербург, Россия

Если это были вы, ничего делать не нужно.
Если нет, смените пароль и проверьте список устройств: https://id.yandex.ru/security

С уважением,
Яндекс ID"""

    def yandex_id(ctx):
        p = M.yandex(dict(ctx, opt={"web": False}))
        p["msgid"] = "<%d%d@%s>" % (ctx["r"].randint(10 ** 5, 10 ** 6), int(ctx["date"].timestamp()), "id.yandex.ru")
        p["order"] = "generic"
        p["headers"] = [("X-Yandex-Service", "aWQueWFuZGV4LnJ1 " + hexid(ctx["r"], 32))]
        return p
    message(F, 38, "ru", "yandex-id-vhod-novoe-ustroistvo", yandex_id,
            ("Яндекс ID", "noreply@id.yandex.ru"), [st("dmitry.sokolov")],
            "Вход в аккаунт с нового устройства",
            D("ru", 11, 18, 9, 15, 2),
            alt(to_plain(txt, "angle"), html_branded("Яндекс ID", txt, brand="#fc3f1d", logo_text="Яндекс ID", lang="ru"), "utf-8"),
            hcs="utf-8", hmode="B",
            what="Yandex ID notice about a sign-in from a new device (account used by the St Petersburg office for Yandex services).",
            why="Genuine: Yandex's own forward*.mail.yandex.net hosts, links only to id.yandex.ru, 'if it was you, do nothing'.")

    # ------------------------------------------------------------ 39 carrier invoice from Yandex mailbox, Outlook, windows-1251
    v = RU["volkov"]
    txt = """Добрый день, Ольга!

Направляю счет № 221 от 13.11.2026 за перевозку оборудования (СПб, Кожевенная линия - Мурино, 3 рейса) на сумму 54 000,00 руб., без НДС (УСН).

Реквизиты прежние:
ИП Волков Алексей Сергеевич
ИНН %s
р/с %s
%s
БИК %s
к/с %s

Акт выполненных работ подпишем в ЭДО, как обычно.

С уважением,
Алексей Волков
+7 921 448-17-03""" % (TAX["volkov_inn"], v["rs"], v["bank"], v["bik"], v["ks"])

    def volkov(ctx):
        p = M.yandex(dict(ctx, opt={"web": False}))
        hi, lo = M.filetime(ctx["date"])
        p["msgid"] = "<%04x%08x$%08x$%s$@yandex.ru>" % (3, hi, lo, hexid(ctx["r"], 8))
        p["headers"] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", M.thread_index(ctx["r"], ctx["date"])),
                        ("Content-Language", "ru")]
        p["order"] = "outlook_smtp"
        bnd = "%04X_%08X.%08X" % (3, hi, lo)
        p["boundary"] = lambda k: "----=_NextPart_%03d_%s" % ({"mixed": 0, "alt": 1, "related": 2}[k], bnd)
        return p
    message(F, 39, "ru", "perevozchik-schet-yandex-outlook", volkov,
            ("Алексей Волков", "volkov.perevozki@yandex.ru"), [st("olga.ivanova")],
            "Счет № 221 от 13.11.2026 за перевозку",
            D("ru", 11, 13, 18, 40, 27),
            alt(txt, html_outlook(txt, "windows-1251", lang="RU"), "windows-1251"),
            hcs="windows-1251", hmode="B",
            what="Sole-trader carrier sends his invoice for three transport runs from his Yandex mailbox, confirming the unchanged bank details.",
            why="Genuine: the carrier's real Yandex address (volkov.perevozki@), submitted via Yandex SMTP from Outlook, unchanged Sberbank account (valid BIK control key), normal EDO process. Hard negative for attack/39.",
            pair="attack/39")

    # ------------------------------------------------------------ 40 customer claim, The Bat!, koi8-r 8bit
    txt = """Дмитрий, добрый день.

14.11.2026 с 10:20 до 17:45 у нас полностью не работал канал связи до ЦОДа (договор N СПБ-0388, колокация, стойка B-14). Заявка в вашу поддержку N 71204 была подана в 10:35, первый ответ пришел только через 3 часа.

В результате 7 часов не работали 1С и склад, отгрузки встали. По договору (п. 5.3) доступность канала - не менее 99,9% в месяц, за ноябрь это уже нарушено.

Просим:
1. предоставить отчет о причинах аварии до 20.11.2026;
2. сделать перерасчет абонентской платы за ноябрь согласно SLA.

Официальную претензию с подписью направим почтой и через ЭДО.

--
С уважением,
Андрей Кузнецов
руководитель ИТ-отдела
ООО "СеверТорг"
тел. +7 (812) 603-41-18"""

    def thebat(ctx):
        r, d = ctx["r"], ctx["date"]
        return {"msgid": "<%d.%s@severtorg.ru>" % (r.randint(10 ** 8, 2 * 10 ** 9), d.strftime("%Y%m%d%H%M%S")),
                "hops": ["from [192.168.1.34] (unknown [188.242.71.205])\n\t(Authenticated sender: a.kuznetsov@severtorg.ru)\n\tby mail.severtorg.ru (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                    M.pfx_qid(r), ctx["rcpt"], M.loc(d, "ru", 1, True))],
                "client": ("mail.severtorg.ru", "mail.severtorg.ru", "91.122.47.130"), "tls": M.TLS13,
                "headers": [("X-Mailer", "The Bat! (v11.2.4) Professional"), ("X-Priority", "3 (Normal)"),
                            ("Organization", hdr_text('ООО "СеверТорг"', "koi8-r", "B"))],
                "boundary": lambda k: "----------" + hexid(r, 16, upper=True), "order": "thebat"}
    message(F, 40, "ru", "pretenziya-klienta-prostoi-kanala-thebat", thebat,
            ("Андрей Кузнецов", "a.kuznetsov@severtorg.ru"), [st("dmitry.sokolov")],
            "Претензия: простой канала 14.11.2026",
            D("ru", 11, 16, 10, 45, 12),
            Text(txt, "plain", "koi8-r", "8bit", quote_charset=False, hardwrap=76),
            reply_to=("Андрей Кузнецов", "a.kuznetsov@severtorg.ru"),
            hcs="koi8-r", hmode="B",
            what="Customer's IT head (The Bat!, koi8-r) complains about a 7-hour outage of the link to the colocation and asks for an RCA and SLA credit.",
            why="Genuine: customer's own mail server, known contact, concrete contract and ticket numbers; no link, attachment or payment instruction.")
