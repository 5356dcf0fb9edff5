"""Attack messages 27-31 (Spanish), 32-36 (Greek), 37-40 (Russian)."""
import mailers as M
from core import message, alt, mixed, related, pdf_att, zip_att
from mime import Text, Attachment, to_plain, html_outlook, html_gmail, html_simple, html_branded
from common import D, ib, outlook_quote, gt
from people import st, BANK, TAX, RU
from docs import zip_crypto, zip_plain

F = "attack"
WEBEMPRESA = ("cp7.webempresa.eu", "185.2.4.57")


def build():
    # ============================================================ SPANISH
    # ------------------------------------------------------------ 27 AEAT / Verifactu phishing via Mailgun
    url = "https://email.mg.sede-aeat-tramites.es/c/eJwNzEEOgyAQQNHTyK4GBoS6YNGkSW9CqOM6bQYkdPTvLQe4v79qHNbbWNj8KpPdXHwE"
    txt = """Agencia Tributaria - Sede electrónica

Estimado/a contribuyente:

Le informamos de que, conforme al Real Decreto 1007/2023 (Reglamento de requisitos de los sistemas informáticos de facturación, «Verifactu»), a partir del 1 de enero de 2027 los contribuyentes del Impuesto sobre Sociedades deberán utilizar un sistema de facturación adaptado y dado de alta en la Sede electrónica.

Según nuestros registros, la entidad EXAMPLE GROUP IBERIA SA (NIF %s) todavía no ha completado el alta de su sistema de facturación. El incumplimiento puede sancionarse con multas de hasta 50.000 euros por ejercicio.

Para completar el alta, acceda con Cl@ve o certificado electrónico antes del 15/12/2026:

[[BUTTON:Acceder al trámite|%s]]

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.""" % (TAX["example_es_cif"], url)
    html = html_branded("Agencia Tributaria", txt, brand="#7a1f1f", logo_text="Agencia Tributaria · Sede electrónica",
                        lang="es", charset="iso-8859-1")
    message(F, 27, "es", "aeat-verifactu-phishing-mailgun", M.mailgun,
            ("Agencia Tributaria", "avisos@sede-aeat-tramites.es"), [st("lucia.fernandez")],
            "Verifactu: alta obligatoria de su sistema de facturación antes del 01/01/2027",
            D("es", 11, 19, 9, 12, 4),
            alt(to_plain(txt, "angle"), html, "iso-8859-1"),
            opt={"mg": "mg.sede-aeat-tramites.es", "tag": "avisos"},
            hcs="iso-8859-1", hmode="Q",
            what="Tax-office phishing on the Spanish Verifactu e-invoicing deadline: 'register your invoicing system' via a Cl@ve / certificate login link.",
            why="Verifactu requires no registration of the software by the taxpayer; AEAT writes from agenciatributaria.gob.es/.es and notifies via DEHú, not via Mailgun from sede-aeat-tramites.es; fine threat and deadline to harvest Cl@ve credentials. Genuine DEHú notice is business/27.",
            pair="business/27")

    # ------------------------------------------------------------ 28 fake lawyer + CEO, escrow in Portugal
    txt = """Estimada Sra. Fernández:

Me pongo en contacto con usted por indicación del Dr. Matthias Köhler, consejero delegado de Example Group, a quien pongo en copia. Nuestro despacho asesora al grupo en la adquisición de una sociedad operadora de fibra óptica en la Península que, por su naturaleza, está sujeta a un estricto deber de confidencialidad frente a la CNMV hasta su anuncio público.

Para formalizar el acuerdo de exclusividad es necesario constituir hoy mismo un depósito de garantía de 386.500,00 € en la cuenta escrow habilitada por nuestro despacho en Portugal:

Titular: FV Escrow Services, Lda.
IBAN: %s
BIC: MPIOPTPL
Concepto: Depósito garantía - Ref. FV/2026/118

Le ruego que no comente esta operación con ninguna otra persona de la empresa, incluido su responsable directo, hasta que se publique la información privilegiada. El Dr. Köhler le confirmará la autorización por este mismo medio. Una vez realizada la transferencia, le agradecería que me enviara el justificante.

Atentamente,

Ignacio Ferrer Vidal
Socio - Derecho Mercantil y M&A
Ferrer Vidal Abogados
Paseo de la Castellana 93, 28046 Madrid""" % ib(BANK["att_lawyer_es"])
    message(F, 28, "es", "falso-abogado-fraude-ceo-escrow", M.outlook_smtp,
            ("Ignacio Ferrer Vidal", "i.ferrer@ferrervidal-abogados.com"), [st("lucia.fernandez")],
            "Operación confidencial - Example Group / instrucciones de depósito",
            D("es", 11, 11, 10, 2, 37),
            alt(txt, html_outlook(txt, "windows-1252", lang="ES"), "windows-1252"),
            cc=[("Dr. Matthias Köhler", "m.koehler@examplegroup.eu.com")],
            opt={"provider": M.IONOS, "ip": "37.120.198.44", "zone": "es", "clang": "es"},
            hcs="windows-1252", hmode="Q",
            what="Fake-lawyer CEO fraud: a 'partner of a Madrid law firm' instructs the Spanish accountant to wire EUR 386,500 to a Portuguese escrow account for a confidential acquisition, CEO look-alike in Cc.",
            why="Cc is the look-alike examplegroup.eu.com (same campaign as attack/01); law-firm domain registered for the scam on IONOS, sent from a VPN; secrecy even towards her manager, same-day deadline, foreign escrow account, 'CNMV confidentiality' as pretext.")

    # ------------------------------------------------------------ 29 customs fee phishing (DHL look-alike) via SES
    url = "https://dhl-despachos.es/pago/?awb=4471289310&ref=EGIB"
    txt = """Estimado cliente:

Su envío con número de guía 4471289310, procedente de Shenzhen (CN) y con destino EXAMPLE GROUP IBERIA SA, Madrid, se encuentra retenido en las instalaciones aduaneras de Madrid-Barajas a la espera del pago de los derechos de importación.

Contenido declarado: equipos de red (ONT / routers), 2 bultos, 18,4 kg
Aranceles e IVA a la importación: 214,37 €
Gastos de gestión del despacho: 12,10 €

Si el pago no se realiza en un plazo de 48 horas, el envío será devuelto al remitente.

[[BUTTON:Pagar ahora|%s]]

Gracias por elegir DHL Express.""" % url
    html = html_branded("DHL Express", txt, brand="#d40511", logo_text="DHL EXPRESS · Aduanas", lang="es",
                        charset="iso-8859-15")
    message(F, 29, "es", "aduanas-dhl-pago-aranceles-ses", M.ses,
            ("DHL Express Aduanas", "aduanas@dhl-despachos.es"), [st("javier.morales")],
            "Envío 4471289310 retenido en aduana - pago de aranceles pendiente",
            D("es", 10, 27, 12, 40, 18),
            alt(to_plain(txt, "angle"), html, "iso-8859-15", cte_p="quoted-printable", cte_h="base64"),
            hcs="iso-8859-15", hmode="Q",
            what="Customs-fee phishing: fake DHL Express notice that a shipment of network equipment from Shenzhen is held at Madrid-Barajas until EUR 226.47 is paid by card.",
            why="Trade-plausible (the company imports CPE), but dhl-despachos.es is not dhl.com/dhl.es, sent through Amazon SES; card-payment page for a small amount is the standard courier/customs card-phishing scheme.")

    # ------------------------------------------------------------ 30 thread hijack from compromised carrier mailbox, ZipCrypto
    lucia_prev = """Buenos días,

¿Podrían enviarnos las facturas de octubre que nos faltan (viajes Getafe-Zaragoza del 14 y 21/10)? Las necesitamos para el cierre del mes.

Gracias,
""" + "Lucía Fernández\nContabilidad | Example Group Iberia S.A."
    txt = """Buenos días Lucía,

Tal y como comentamos, le adjunto las facturas pendientes de octubre junto con el certificado de titularidad bancaria actualizado. Por la normativa de protección de datos los documentos van protegidos con contraseña.

Contraseña: TN-2026

Quedo a la espera de su confirmación.

Un saludo,
Administración
Transportes Hermanos Navarro S.L.

El 2026-11-05 12:14, Lucía Fernández escribió:
""" + gt(lucia_prev)
    z = zip_crypto([("Facturas_octubre_2026_TN.pdf.wsf", b"<!-- placeholder -->\r\n")], "TN-2026", seed=b"att30",
                   dt=(2026, 11, 10, 8, 51, 2))
    message(F, 30, "es", "secuestro-hilo-transportista-zip-contrasena", M.roundcube_cpanel,
            ("Transportes Hermanos Navarro", "administracion@transportesnavarro.es"), [st("lucia.fernandez")],
            "Re: Facturas octubre - Transportes Navarro",
            D("es", 11, 10, 8, 53, 41),
            mixed(Text(txt, "plain", "utf-8", "quoted-printable", flowed=True),
                  zip_att(z, "Facturas_Octubre_2026.zip", ctype="application/zip")),
            irt="<5d0c7e3a91b24f6f8a2e4c1d7b9e0a53@EXCH01.corp.example.com>",
            refs="<5d0c7e3a91b24f6f8a2e4c1d7b9e0a53@EXCH01.corp.example.com>",
            opt={"host": WEBEMPRESA, "ip": "102.91.5.214", "zone": "es"},
            hcs="utf-8", hmode="Q",
            what="Thread hijack from the compromised mailbox of the Spanish carrier: reply to a real request for invoices with a password-protected ZIP and the password in the text.",
            why="Genuine sender and real thread, but sent through Roundcube webmail from a Nigerian IP (the carrier's staff use Outlook, see business/28); 'data protection' password on invoices; ZipCrypto archive hides a .pdf.wsf Windows Script File (inert placeholder).",
            pair="business/28")

    # ------------------------------------------------------------ 31 fake voicemail with SVG
    url = "https://buzon-voz.centralita-cloud.net/escuchar?id=0047&u=amF2aWVyLm1vcmFsZXNAZXhhbXBsZS5jb20="
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="520" height="200" viewBox="0 0 520 200">
  <rect width="520" height="200" rx="10" fill="#f2f4f7"/>
  <text x="24" y="40" font-family="Arial, sans-serif" font-size="16" fill="#1d2939" font-weight="bold">Mensaje de voz - +34 911 47 32 08</text>
  <text x="24" y="64" font-family="Arial, sans-serif" font-size="12" fill="#667085">Duración 00:47 · recibido 02/12/2026 16:41</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <circle cx="60" cy="128" r="28" fill="#12b76a"/>
    <polygon points="52,114 52,142 76,128" fill="#ffffff"/>
    <rect x="104" y="122" width="380" height="12" rx="6" fill="#d0d5dd"/>
    <text x="104" y="164" font-family="Arial, sans-serif" font-size="12" fill="#12b76a">Pulse para reproducir el mensaje</text>
  </a>
</svg>
""" % (url.replace("&", "&amp;"), url.replace("&", "&amp;"))
    txt = """Tiene un nuevo mensaje de voz

De: +34 911 47 32 08
Para: Javier Morales (ext. 2140)
Duración: 00:47
Recibido: 02/12/2026 16:41

El mensaje de audio se adjunta a este correo. Ábralo en su navegador para escucharlo.

Centralita Virtual - Servicio de buzón de voz"""
    message(F, 31, "es", "buzon-voz-falso-svg", M.phpmailer_vps,
            ("Centralita Virtual", "buzon@centralita-cloud.net"), [st("javier.morales")],
            "Nuevo mensaje de voz de +34 911 47 32 08 (00:47)",
            D("es", 12, 2, 16, 44, 9),
            mixed(Text(txt, "plain", "utf-8", "base64"),
                  Attachment(svg.encode("utf-8"), "image/svg+xml", "Mensaje_voz_34911473208.svg")),
            opt={"vps": ("centralita-cloud", "164.92.171.38"), "helo": "mail.centralita-cloud.net", "rdns": None,
                 "zone": "utc", "xmailer": 0},
            hcs="utf-8", hmode="B",
            what="Voicemail-notification phishing to a cloud-telephony provider: 'new voicemail' whose audio is an SVG with a play button linking to a login page.",
            why="The company runs its own PBX platform (genuine notification, business/31, comes from voice.example.com via the internal relay with a WAV file); this comes from a DigitalOcean IP without rDNS, domain centralita-cloud.net, and the 'audio' is an SVG image with a link carrying the user's address.",
            pair="business/31")

    # ============================================================ GREEK
    # ------------------------------------------------------------ 32 AADE myDATA phishing via Mailgun
    url = "https://email.mg.aade-mydata.gr/c/eJwtjEEOgjAQRU_TLknBVhbdGBMTE3dsXGgBB5IG7RQG5fS2xsXPz3v5yUsJ"
    txt = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων - myDATA

Αγαπητέ/ή φορολογούμενε,

Κατά τη διασταύρωση των στοιχείων της πλατφόρμας myDATA διαπιστώθηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων που διαβίβασε η επιχείρησή σας (ΑΦΜ %s) και των αντίστοιχων χαρακτηρισμών των ληπτών για το γ' τρίμηνο 2026.

Η μη διόρθωση των αποκλίσεων εντός της προθεσμίας επισύρει τα πρόστιμα του Κώδικα Φορολογικής Διαδικασίας. Παρακαλούμε συνδεθείτε με τους κωδικούς TAXISnet έως τις 30/11/2026 για να δείτε τις αποκλίσεις και να υποβάλετε διορθώσεις:

[[BUTTON:Σύνδεση στο myDATA|%s]]

Με εκτίμηση,
ΑΑΔΕ - Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης""" % (TAX["example_gr_afm"], url)
    html = html_branded("ΑΑΔΕ - myDATA", txt, brand="#003476", logo_text="ΑΑΔΕ · myDATA", lang="el")
    message(F, 32, "el", "aade-mydata-phishing-mailgun", M.mailgun,
            ("ΑΑΔΕ - myAADE", "enimerosi@aade-mydata.gr"), [st("eleni.georgiou")],
            "myDATA: Αποκλίσεις διαβιβασθέντων παραστατικών - απαιτείται ενέργεια έως 30/11/2026",
            D("el", 11, 16, 9, 31, 2),
            alt(to_plain(txt, "angle"), html, "utf-8"),
            opt={"mg": "mg.aade-mydata.gr", "tag": "enimerosi"},
            hcs="utf-8", hmode="B",
            what="Greek tax-authority phishing: fake AADE myDATA notice about discrepancies in transmitted invoices, asks to log in with TAXISnet credentials.",
            why="AADE does not send login links; it informs through the myAADE inbox (see genuine business/32); domain aade-mydata.gr is not aade.gr, sent via Mailgun click tracking; TAXISnet credentials give full access to the company's tax account.",
            pair="business/32")

    # ------------------------------------------------------------ 33 Piraeus bank KYC phishing, iso-8859-7 base64
    url = "https://winbank-business.piraeus-epixeiriseis.gr/kyc/update?ref=EG4471"
    txt = """Αγαπητέ πελάτη,

Σύμφωνα με το νομοθετικό πλαίσιο για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), οφείλετε να επικαιροποιείτε περιοδικά τα στοιχεία της επιχείρησής σας. Από τα αρχεία μας προκύπτει ότι η επικαιροποίηση για τον λογαριασμό σας δεν έχει ολοκληρωθεί.

Για την αποφυγή περιορισμού των συναλλαγών σας στο winbank business, παρακαλούμε ολοκληρώστε τη διαδικασία εντός 48 ωρών:

[[BUTTON:Επικαιροποίηση στοιχείων|%s]]

Με εκτίμηση,
Τράπεζα Πειραιώς
Εξυπηρέτηση Επιχειρήσεων""" % url
    html = html_branded("Τράπεζα Πειραιώς", txt, brand="#f4a800", logo_text="Τράπεζα Πειραιώς | winbank business",
                        lang="el", charset="iso-8859-7")
    message(F, 33, "el", "trapeza-peiraios-kyc-phishing", M.phpmailer_vps,
            ("Τράπεζα Πειραιώς", "info@piraeus-epixeiriseis.gr"), [st("eleni.georgiou")],
            "winbank business: Περιορισμός συναλλαγών - απαιτείται επικαιροποίηση στοιχείων",
            D("el", 11, 23, 8, 15, 30),
            alt(to_plain(txt, "angle"), html, "iso-8859-7", cte_p="base64", cte_h="base64"),
            opt={"vps": ("static.88-198-57-151.clients.your-server.de", "88.198.57.151"),
                 "helo": "mail.piraeus-epixeiriseis.gr", "zone": "utc"},
            hcs="iso-8859-7", hmode="B",
            what="Bank phishing (KYC pretext): fake Piraeus Bank notice that business e-banking will be restricted unless customer data are 'updated' within 48 hours.",
            why="piraeus-epixeiriseis.gr is not piraeusbank.gr; sent by PHPMailer from a Hetzner server; KYC/AML law citation plus 48-hour threat to push a web-banking credential and OTP capture page.")

    # ------------------------------------------------------------ 34 compromised carrier mailbox (otenet) - bank change, Reply-To gmail
    prev = """Καλημέρα κ. Μαυρίδη,

Μπορείτε να μας στείλετε τα τιμολόγια Οκτωβρίου για τις μεταφορές προς Σύρο και Πάτρα; Θα μπουν στην πληρωμή της επόμενης εβδομάδας.

Ευχαριστώ,
Ελένη Γεωργίου"""
    txt = """Καλημέρα κα Γεωργίου,

Σας ενημερώνουμε ότι λόγω ελέγχου από την τράπεζα ο λογαριασμός μας στην Εθνική είναι προσωρινά δεσμευμένος. Παρακαλούμε η εξόφληση των τιμολογίων 1187 και 1191 (σύνολο 6.842,00 €) να γίνει στον λογαριασμό της εταιρείας μας στην Κύπρο:

Δικαιούχος: Mavridis Transport Services Ltd
IBAN: %s
BIC: BCYPCY2N

Μόλις γίνει η πληρωμή στείλτε μου το αποδεικτικό σε αυτό το email. Το τηλέφωνο του γραφείου έχει πρόβλημα αυτές τις μέρες.

Ευχαριστώ,
Σταύρος Μαυρίδης""" % ib(BANK["att_mavridis"])
    full = txt + outlook_quote("el", st("eleni.georgiou"), D("el", 11, 2, 10, 5),
                               [("Σταύρος Μαυρίδης", "smavridis@otenet.gr")], "Τιμολόγια Οκτωβρίου - Μαυρίδης", prev)
    message(F, 34, "el", "paraviasmeno-email-metaforea-allagi-iban", M.outlook_smtp,
            ("Σταύρος Μαυρίδης", "smavridis@otenet.gr"), [st("eleni.georgiou")],
            "RE: Τιμολόγια Οκτωβρίου - Μαυρίδης",
            D("el", 11, 3, 7, 12, 55),
            alt(full, html_outlook(full, "windows-1253", lang="EL"), "windows-1253"),
            reply_to=("Σταύρος Μαυρίδης", "mavridis.metafores@gmail.com"),
            irt="<0b9e41d27f6c4a58b3e2d1c0a9f87e65@EXCH02.corp.example.com>",
            refs="<0b9e41d27f6c4a58b3e2d1c0a9f87e65@EXCH02.corp.example.com>",
            opt={"provider": M.OTE, "ip": "105.112.61.20", "isp": "unknown", "zone": "el", "clang": "el"},
            hcs="windows-1253", hmode="B",
            what="BEC from the genuinely compromised mailbox of a small Greek carrier: reply in a real thread asking to pay two invoices to a Cypriot account; replies diverted to Gmail.",
            why="Real sender address and thread, but submitted from a Nigerian mobile IP, Reply-To set to a look-alike Gmail; bank account 'frozen', new account abroad in another company name, phone 'not working' - classic mailbox-takeover payment diversion. Genuine invoice from him: business/34.",
            pair="business/34")

    # ------------------------------------------------------------ 35 ACS courier fee phishing via Brevo
    url = "https://acs-courier-gr.com/paradosi/?id=7294418302"
    txt = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7294418302 δεν ήταν δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης. Το δέμα φυλάσσεται στο κατάστημα Αμαρουσίου για 72 ώρες.

Για νέα προγραμματισμένη παράδοση επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε τέλος επαναποστολής 1,99 €:

[[BUTTON:Προγραμματισμός παράδοσης|%s]]

ACS Courier""" % url
    html = html_branded("ACS Courier", txt, brand="#e30613", logo_text="ACS Courier", lang="el")
    message(F, 35, "el", "acs-courier-telos-epanapostolis-brevo", M.brevo,
            ("ACS Courier", "noreply@acs-courier-gr.com"), [st("nikos.papadopoulos")],
            "Η αποστολή σας 7294418302 βρίσκεται σε αναμονή",
            D("el", 12, 1, 13, 2, 44),
            alt(to_plain(txt, "angle"), html, "utf-8", cte_p="base64", cte_h="base64"),
            extra=[("List-Unsubscribe", "<https://acs-courier-gr.com/unsubscribe?e=nikos.papadopoulos%40example.com>")],
            hcs="utf-8", hmode="B",
            what="Courier phishing: fake ACS Courier 'parcel on hold', pay a EUR 1.99 redelivery fee by card.",
            why="acs-courier-gr.com is not acscourier.net (see genuine ACS notice business/35); small-fee card capture is a standard smishing/phishing scheme; bulk-sent through Brevo.",
            pair="business/35")

    # ------------------------------------------------------------ 36 office-manager impersonation from Gmail
    txt = """Ελένη καλημέρα,

Είσαι στο γραφείο; Χρειάζομαι να γίνει σήμερα μια πληρωμή σε νέο προμηθευτή για τον εξοπλισμό του νέου data room στο Μαρούσι. Η Φρανκφούρτη το έχει ήδη εγκρίνει, το τιμολόγιο θα το περάσουμε στο SAP από Δευτέρα.

Ποσό: 18.600,00 €
Δικαιούχος: Technohellas Systems IKE
IBAN: %s (Eurobank)

Είμαι όλη μέρα σε συσκέψεις και δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου το αποδεικτικό εδώ μόλις γίνει.

Ευχαριστώ,
Νίκος""" % ib(BANK["att_greek_ceo"])
    message(F, 36, "el", "plastoprosopia-proistamenou-gmail-pliromi", M.gmail,
            ("Νίκος Παπαδόπουλος", "nikos.papadopoulos.egr@gmail.com"), [st("eleni.georgiou")],
            "Πληρωμή σήμερα", D("el", 12, 3, 9, 14, 6),
            alt(txt, html_gmail(txt), "utf-8", cte_p="base64", cte_h="base64"),
            hcs="utf-8", hmode="B",
            what="Manager impersonation: 'Nikos Papadopoulos' (office manager) asks the Athens accountant from Gmail to pay EUR 18,600 today to a new supplier, invoice to follow.",
            why="Internal manager writing from an unknown Gmail address, new beneficiary, payment before the invoice is booked, 'Frankfurt approved', not reachable by phone: BEC. The genuine internal payment request (business/36) comes through the internal relay and refers to a booked SAP document and a known supplier.",
            pair="business/36")

    # ============================================================ RUSSIAN
    # ------------------------------------------------------------ 37 FNS 'trebovanie' ZIP from mail.ru
    txt = """Уважаемый налогоплательщик!

Межрайонная инспекция ФНС России № 25 по Санкт-Петербургу в соответствии со статьей 88 Налогового кодекса Российской Федерации направляет требование о представлении пояснений к налоговой декларации по НДС за 3 квартал 2026 года.

Пояснения необходимо представить в течение 5 рабочих дней. Непредставление пояснений в установленный срок влечет ответственность по статье 129.1 НК РФ, а также может послужить основанием для приостановления операций по счетам организации.

Требование и перечень выявленных расхождений во вложении (архив).

Главный государственный налоговый инспектор
отдела камеральных проверок № 2
Петрова Е. В."""
    z = zip_plain([("Требование_№12-07-48813_от_12.11.2026.pdf.exe", b"placeholder\r\n")],
                  dt=(2026, 11, 12, 10, 14, 2))
    message(F, 37, "ru", "trebovanie-fns-zip-exe-mailru", M.mailru,
            ("Межрайонная ИФНС России № 25 по Санкт-Петербургу", "ifns25.spb.kameralka@mail.ru"), [st("olga.ivanova")],
            "Требование о представлении пояснений № 12-07/48813 от 12.11.2026",
            D("ru", 11, 12, 10, 20, 15),
            mixed(alt(txt, html_simple(txt), "utf-8", cte_p="base64", cte_h="base64"),
                  zip_att(z, "Требование_№12-07-48813.zip", ctype="application/zip")),
            hcs="utf-8", hmode="B",
            what="Fake tax-office demand ('trebovanie') with a ZIP containing a .pdf.exe file, sent to the Russian chief accountant.",
            why="The FNS sends demands only through the accredited EDO operators (TKS, e.g. Kontur.Extern - see genuine business/37), never from a mail.ru mailbox; threatens account suspension; archive hides an executable behind a double extension (inert placeholder).",
            pair="business/37")

    # ------------------------------------------------------------ 38 Gosuslugi MChD phishing
    url = "https://gosuslugi-mchd.ru/esia/login?return=/mchd/prolong&inn=" + TAX["example_ru_inn"]
    txt = """Госуслуги

Уважаемый пользователь!

Срок действия машиночитаемой доверенности (МЧД) № 7b3f1c2e-5a90-4d18-9e27-61c0f4a8d3b5, выданной ООО «Экзампл Груп Рус» (ИНН %s) на подписание бухгалтерской и налоговой отчетности, истекает 01.12.2026.

Чтобы избежать блокировки сдачи отчетности в ФНС и СФР, подтвердите продление доверенности через учетную запись Госуслуг:

[[BUTTON:Продлить доверенность|%s]]

Если доверенность не будет продлена, подписание документов от имени организации станет невозможным.

С уважением,
Команда Госуслуг""" % (TAX["example_ru_inn"], url)
    html = html_branded("Госуслуги", txt, brand="#0d4cd3", logo_text="Госуслуги", lang="ru")
    message(F, 38, "ru", "gosuslugi-mchd-phishing", M.phpmailer_vps,
            ("Госуслуги", "no-reply@gosuslugi-mchd.ru"), [st("olga.ivanova")],
            "Машиночитаемая доверенность будет аннулирована 01.12.2026",
            D("ru", 11, 25, 11, 48, 0),
            alt(to_plain(txt, "angle"), html, "utf-8"),
            opt={"vps": ("5-35-90-114.cloudvps.regruhosting.ru", "5.35.90.114"), "helo": "gosuslugi-mchd.ru", "zone": "ru"},
            hcs="utf-8", hmode="B",
            what="Gosuslugi (ESIA) credential phishing using the machine-readable power of attorney (MChD) as pretext: 'extend it or lose the right to sign tax reports'.",
            why="gosuslugi-mchd.ru is not gosuslugi.ru; MChD validity is set by the issuer and renewed in the FNS registry/EDO software, not via an e-mail link; sent by PHPMailer from a REG.RU VPS to harvest ESIA credentials.")

    # ------------------------------------------------------------ 39 carrier look-alike (Yandex) bank change
    v = RU["att_volkov"]
    txt = """Добрый день, Ольга!

Сообщаю, что в связи с закрытием расчетного счета в Сбербанке с 16.11.2026 прошу производить оплату по новым реквизитам:

ИП Волков Алексей Сергеевич
ИНН %s
р/с %s
%s
БИК %s
к/с %s

Счета № 214 от 30.10.2026 и № 221 от 13.11.2026 прошу оплатить уже на новый счет, по старым реквизитам платеж вернется. Письмо о смене реквизитов с подписью вышлю почтой.

Я сейчас в рейсе, связь плохая, лучше пишите на почту.

С уважением,
Алексей Волков
ИП Волков А. С., грузоперевозки""" % (TAX["volkov_inn"], v["rs"], v["bank"], v["bik"], v["ks"])
    message(F, 39, "ru", "perevozchik-dvoinik-yandex-smena-rekvizitov", M.yandex,
            ("Алексей Волков", "volkov.perevozky@yandex.ru"), [st("olga.ivanova")],
            "Смена банковских реквизитов ИП Волков",
            D("ru", 11, 16, 7, 55, 21),
            alt(txt, html_simple(txt), "utf-8", cte_p="base64", cte_h="base64"),
            hcs="utf-8", hmode="B",
            what="Carrier bank-detail change from a look-alike Yandex mailbox (volkov.perevozky@ vs the real volkov.perevozki@): new T-Bank account, pay invoices 214 and 221 there.",
            why="One-letter look-alike free-mail address; real supplier's INN copied but new bank; 'old details will bounce', signed letter only 'by post later', not reachable by phone. Account number and BIK are internally consistent (valid control key) as in real fraud. Genuine invoice from Volkov: business/39.",
            pair="business/39")

    # ------------------------------------------------------------ 40 fake Diadoc / EDO notification via Mailgun
    url = "https://email.mg.diadoc-kontur.ru/c/eJwtjUEOwiAQRU8DOwIUxLJgYeLCnZfoUKdII0UDg_H2YnXz8_LzknebbjoFoEWkCmRgs"
    txt = """Контур.Диадок

ООО «СеверТорг» отправил вам документ, требующий подписи:

Счет на оплату № 1187 от 19.11.2026
Сумма: 318 400,00 ₽, в т.ч. НДС

[[BUTTON:Открыть документ|%s]]

Для просмотра документа войдите в Диадок по логину и паролю или с помощью сертификата электронной подписи.

Это письмо отправлено автоматически, не отвечайте на него.
АО «ПФ «СКБ Контур»""" % url
    html = html_branded("Диадок", txt, brand="#2d8fcf", logo_text="Контур.Диадок", lang="ru")
    message(F, 40, "ru", "diadok-falshivyi-dokument-mailgun", M.mailgun,
            ("Контур.Диадок", "noreply@diadoc-kontur.ru"), [st("olga.ivanova")],
            "Вам поступил документ от ООО «СеверТорг»: Счет на оплату № 1187",
            D("ru", 11, 19, 16, 27, 40),
            alt(to_plain(txt, "angle"), html, "utf-8", cte_p="base64", cte_h="base64"),
            opt={"mg": "mg.diadoc-kontur.ru", "tag": "doc"},
            hcs="utf-8", hmode="B",
            what="Fake EDO (Kontur.Diadoc) notification of an invoice 'requiring signature' with a link to a fake Diadoc login.",
            why="Domain diadoc-kontur.ru is not kontur.ru/diadoc.ru, sent via Mailgun; SeverTorg is a customer and does not invoice Example Group; aims at Diadoc login/EDS access of the chief accountant. Genuine Kontur notification: business/37.",
            pair="business/37")
