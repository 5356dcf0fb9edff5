"""Attack messages 27-40 (Spanish, Greek, Russian)."""
import docs
import mime
from company import S, P, BANK, RU, iban, bic
from kit import (alt, mixed, plain, related, pdf_att, zip_att, png_att, html_att, qr_png, b64url, VAT)
from attacks_it_pl import LOGIN_FORM
from message import Mail
from util import utc


def build():
    M = []

    # 27 ---------------------------------------------------------------
    link = "https://sede-agenciatributaria.notifica-dehu.com/notificaciones/acceso?ref=2026GRC84173520H&nif=" + VAT["ES"]
    body = """AGENCIA TRIBUTARIA - Sede Electrónica

Notificación electrónica pendiente de comparecencia

Titular: EXAMPLE GROUP IBERIA SL
NIF: %s
Procedimiento: Requerimiento de información - Comprobación de retenciones (Modelo 111/190)
Referencia: 2026GRC84173520H

Le comunicamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú). Dispone de 10 días naturales desde la puesta a disposición para acceder a su contenido. Transcurrido dicho plazo sin que se acceda, la notificación se entenderá rechazada y se dará por efectuado el trámite (art. 43.2 de la Ley 39/2015).

Acceso a la notificación:
%s

Este mensaje se ha generado automáticamente. No responda a este correo.
""" % (VAT["ES"], link)
    M.append(Mail("27-es-tax-office-notification-phish", utc(2026, 10, 22, 8, 12, 45),
                  ("Agencia Tributaria - Notificaciones", "notificaciones@autoescuela-parisvalencia.es"), [S("es_acc")],
                  "Notificación electrónica pendiente - Ref. 2026GRC84173520H",
                  alt(body, "UTF-8", "quoted-printable", "plain", "es"), via="smtp", ua="roundcube",
                  sys=dict(prov="exim", server="hl1204.dinaserver.com", ip="82.98.134.116", webmail=True,
                           auth="notificaciones@autoescuela-parisvalencia.es"),
                  technique="Tax-authority (AEAT/DEHú) credential phishing from a compromised Spanish business mailbox",
                  what="'Agencia Tributaria' says a formal tax notification is waiting in DEHú and must be opened within 10 days.",
                  why="Sent from a driving school's compromised hosting account; link goes to notifica-dehu.com, not agenciatributaria.gob.es/dehu.redsara.es; deadline pressure with legal citations to drive a login.",
                  pair=[]))

    # 28 ---------------------------------------------------------------
    form = LOGIN_FORM % dict(lang="es", title="Pedido_2026-PO-0917.xlsx - Excel", bg="#f3f2f1",
                             brand="Microsoft Excel Online", heading="Inicie sesión para ver el documento",
                             intro="Conservas Olmedo S.L. ha compartido con usted un documento protegido. Confirme su cuenta para abrirlo.",
                             action="https://olmedo-docs.sharefile-es.com/auth/submit",
                             email="javier.martinez@example.com", pwlabel="Contraseña", ref="PO-0917", button="Iniciar sesión")
    body = """Hola Javier,

te adjunto el pedido para la campaña de Navidad (etiquetas alcachofa 720 ml y pimiento del piquillo 390 g, 4 referencias).

Como lleva precios cerrados para 2027 el archivo está protegido y se abre con tu correo de empresa.

Necesitaríamos confirmación hoy mismo para que nos reservéis máquina la semana 48.

Un saludo,
Marta Gil
Compras - Conservas Olmedo S.L.
"""
    M.append(Mail("28-es-lookalike-customer-order-html-phish", utc(2026, 11, 9, 11, 47, 20),
                  ("Marta Gil", "m.gil@conservas-olmedo.com"), [S("es_mgr")],
                  "Pedido 2026-PO-0917 - etiquetas campaña Navidad",
                  mixed(alt(body, "UTF-8", "quoted-printable", "gmail", "es"), html_att("Pedido_2026-PO-0917.html", form)),
                  via="gmail",
                  technique="Look-alike customer domain (Google Workspace) with HTML-attachment credential phishing",
                  what="'Marta Gil' from the canning customer sends an 'order' as an HTML file that asks to sign in to view it.",
                  why="conservas-olmedo.com instead of conservasolmedo.es; the 'order' is a local HTML login form prefilled with the recipient's address posting to an external host; genuine orders arrive as PDF (see B28).",
                  pair=["B27", "B28"]))

    # 29 ---------------------------------------------------------------
    link = "https://dhl-express-es.com/aduanas/pago?awb=4829137765&s=" + b64url("javier.martinez@example.com")
    txt = """DHL Express España - Aduanas

Envío retenido: pago pendiente de aranceles e IVA a la importación

Número de envío (AWB): 4829137765
Origen: Leeds, Reino Unido
Contenido declarado: planchas de impresión / printing plates
Destinatario: Example Group Iberia S.L.

Su envío procedente de Reino Unido está retenido en la aduana de Madrid-Barajas a la espera del pago de los derechos de importación.

Derechos arancelarios: 12,60 €
IVA a la importación (21%%): 41,87 €
Gastos de gestión aduanera: 13,95 €
Total a pagar: 68,42 €

Si el pago no se recibe en 48 horas, el envío será devuelto al remitente.

Pagar ahora: %s

DHL Express Spain S.L.U. - Este mensaje se ha generado automáticamente.
""" % link
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Frutiger,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffcc00;padding:16px 24px;font-weight:bold;color:#d40511;font-size:22px;font-style:italic">DHL <span style="font-size:13px;color:#333;font-style:normal">Express España &middot; Aduanas</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.5">
<h3 style="margin-top:0">Envío retenido: pago pendiente de aranceles e IVA a la importación</h3>
<p>Número de envío (AWB): <b>4829137765</b><br>Origen: Leeds, Reino Unido<br>Contenido declarado: planchas de impresión / printing plates<br>Destinatario: Example Group Iberia S.L.</p>
<table cellpadding="4" style="font-size:14px;border-top:1px solid #ddd;width:100%%">
<tr><td>Derechos arancelarios</td><td align="right">12,60 €</td></tr>
<tr><td>IVA a la importación (21%%)</td><td align="right">41,87 €</td></tr>
<tr><td>Gastos de gestión aduanera</td><td align="right">13,95 €</td></tr>
<tr><td><b>Total a pagar</b></td><td align="right"><b>68,42 €</b></td></tr></table>
<p>Si el pago no se recibe en 48 horas, el envío será devuelto al remitente.</p>
<p style="text-align:center"><a href="%s" style="background:#d40511;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Pagar ahora</a></p>
</td></tr><tr><td style="padding:12px 24px;font-size:10px;color:#888">DHL Express Spain S.L.U. &middot; Este mensaje se ha generado automáticamente.</td></tr></table></body></html>
""" % link
    M.append(Mail("29-es-courier-customs-fee-card-phish", utc(2026, 11, 20, 15, 20, 3),
                  ("DHL Express Aduanas", "aduanas@dhl-express-es.com"), [S("es_mgr")],
                  "Envío 4829137765 retenido en aduana - pago de aranceles pendiente",
                  alt(txt, "UTF-8", "quoted-printable", html=html), via="sendgrid",
                  sys=dict(em="em2291.dhl-express-es.com"),
                  technique="Courier/customs-fee card phishing (DHL brand) via SendGrid",
                  what="'DHL Express customs' asks for 68.42 EUR import duties on a UK shipment of printing plates, via a payment link.",
                  why="dhl-express-es.com is not DHL's domain; the company's UK imports are cleared by its own customs agent and billed on their invoice (see B31); small fee + return threat is the standard card-harvesting lure.",
                  pair=["B31"]))

    # 30 ---------------------------------------------------------------
    pdfb = [("FACTURA / CONFIRMACIÓN DE PEDIDO", 15, True), "", "Nº de pedido: ES-884172      Fecha: 01/12/2026", "",
            "Cliente: Núria Puig", "Correo: nuria.puig@examplegroup.eu", "",
            "Producto: McAfee Total Protection - Plan Familiar (10 dispositivos, 3 años)",
            "Forma de pago: renovación automática (tarjeta registrada)", "",
            "Subtotal: 404,92 €", "IVA (21 %): 85,03 €", ("Total cargado: 489,95 €", 12, True), "",
            ("Si no ha autorizado esta renovación o desea cancelarla, llame a nuestro departamento de facturación en las próximas 24 horas:", 10, False),
            ("+34 911 23 84 57  (lunes a domingo, 24 h)", 14, True), "",
            "Pasadas 24 horas, el importe no será reembolsable."]
    body = """Estimado/a cliente,

Gracias por su pedido. Su suscripción anual se ha renovado automáticamente y el importe se cargará hoy en su método de pago registrado.

Encontrará los detalles en el documento adjunto.

Si no reconoce este cargo, póngase en contacto con nuestro departamento de facturación en un plazo de 24 horas llamando al +34 911 23 84 57.

Atentamente,
Departamento de Facturación
"""
    M.append(Mail("30-es-callback-phish-fake-renewal-pdf", utc(2026, 12, 1, 18, 3, 41),
                  ("Departamento de Facturación", "facturacion.renovaciones.es@gmail.com"), [S("es_acc")],
                  "Confirmación de pedido ES-884172 - renovación automática",
                  mixed(alt(body, "UTF-8", "quoted-printable", "gmail", "es"),
                        pdf_att("Factura_ES-884172.pdf", pdfb, creator="Canva", producer="Canva")),
                  via="gmail",
                  technique="Callback phishing (TOAD) with fake antivirus renewal invoice PDF from Gmail",
                  what="Fake 489.95 EUR antivirus renewal invoice; the PDF pushes the victim to call a 'billing department' within 24 h.",
                  why="Billing 'department' on a Gmail address, product never bought by the company, only call-to-action is a phone number (criminal call centre asks for remote access/bank login).",
                  pair=[]))

    # 31 ---------------------------------------------------------------
    body = """Buenos días, Sr. Martínez:

Desde el Departamento de Compras de MERCAIBÉRICA DISTRIBUCIÓN, S.A. estamos ampliando nuestra base de proveedores de envase secundario para la temporada 2027 y su empresa nos ha sido recomendada.

Le solicitamos presupuesto para el siguiente material:

- 120.000 estuches plegables, cartoncillo GC2 350 g/m², impresión 4 colores + barniz acuoso, formato desplegado 310 x 420 mm
- 60.000 etiquetas autoadhesivas 100 x 70 mm, papel semibrillo, 4 colores

Nuestras condiciones de pago habituales son 60 días fecha factura mediante transferencia. La entrega se realizará en nuestro almacén logístico de Coslada (Madrid), C/ de la Playa 14, Nave 7.

Para darles de alta como proveedor, le ruego nos envíe su oferta junto con el formulario de alta y el certificado de titularidad bancaria. Si la oferta es competitiva, podríamos emitir un primer pedido de prueba esta misma semana.

Atentamente,

Fernando Ruiz Cabello
Responsable de Compras - Packaging
MERCAIBÉRICA DISTRIBUCIÓN, S.A.
Tel. +34 910 47 33 18
"""
    M.append(Mail("31-es-purchase-order-fraud-lookalike-retailer", utc(2026, 11, 3, 10, 35, 27),
                  ("Fernando Ruiz Cabello", "f.ruiz@mercaiberica-compras.com"), [S("es_mgr")],
                  "Solicitud de presupuesto y alta de proveedor - estuches plegables",
                  alt(body, "iso-8859-1", "quoted-printable", "outlook", "es"), via="o365", sys=dict(region="nam"),
                  hcs="iso-8859-1", henc="Q",
                  technique="Purchase-order (goods-on-credit) fraud impersonating a large retailer from a look-alike domain",
                  what="'Large retailer' requests a quote for 120,000 cartons with 60-day terms and delivery to a third-party warehouse.",
                  why="Retailer name on a newly registered look-alike domain hosted in a US M365 tenant; unsolicited big order with credit terms and delivery to a rented warehouse - the order-fraud pattern where goods are resold and never paid.",
                  pair=["B28"]))

    # 32 ---------------------------------------------------------------
    link = "https://mydata-aade.gov-gr.info/login?afm=" + VAT["GR"]
    body = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ - myDATA

Αγαπητέ/ή φορολογούμενε,

κατά τη διασταύρωση των δεδομένων της ψηφιακής πλατφόρμας myDATA για την επιχείρηση

EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. - ΑΦΜ %s

εντοπίστηκαν 14 παραστατικά εσόδων του Οκτωβρίου 2026 χωρίς χαρακτηρισμό ή με απόκλιση από τα διαβιβασμένα στοιχεία των αντισυμβαλλομένων.

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 4987/2022), η μη διόρθωση έως 20/11/2026 επισύρει πρόστιμο ανά παραστατικό.

Παρακαλούμε συνδεθείτε με τους κωδικούς Taxisnet για να δείτε τις αποκλίσεις και να τις διορθώσετε:
%s

Με εκτίμηση,
Α.Α.Δ.Ε. - Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
Αυτό το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
""" % (VAT["GR"], link)
    M.append(Mail("32-el-tax-einvoicing-mydata-phish", utc(2026, 11, 13, 7, 54, 18),
                  ("ΑΑΔΕ - myDATA", "info@kafeteria-akropoli.gr"), [S("gr_acc")],
                  "myDATA: Αποκλίσεις διαβιβασμένων παραστατικών - απαιτείται ενέργεια έως 20/11/2026",
                  plain(body, "UTF-8", "base64", flowed=True), via="smtp", ua="roundcube",
                  sys=dict(prov="exim", server="srv2.gr-hostingcloud.gr", ip="185.138.42.77", webmail=True),
                  technique="Tax-authority / e-invoicing (AADE myDATA) credential phishing from a compromised Greek small-business mailbox",
                  what="'AADE myDATA' claims 14 October invoices are mismatched and asks to log in with Taxisnet credentials.",
                  why="Sent from a café's compromised hosting account with a spoofed display name; link to gov-gr.info, not aade.gr/gsis.gr; fine threat; AADE does not send login links by e-mail.",
                  pair=["B32"]))

    # 33 ---------------------------------------------------------------
    body = """Ελένη καλημέρα,

άνοιξα καινούριο λογαριασμό και θα ήθελα η μισθοδοσία του Νοεμβρίου να πάει εκεί. Τα στοιχεία:

Δικαιούχος: Νικόλαος Παπαδόπουλος
IBAN: %s

Μπορείς να το περάσεις πριν τρέξει η μισθοδοσία; Είμαι σε ραντεβού με πελάτες όλη μέρα και δεν μπορώ να μιλήσω στο τηλέφωνο, στείλε μου απλώς μια επιβεβαίωση εδώ.

Ευχαριστώ πολύ,
Νίκος

Στάλθηκε από το iPhone μου
""" % iban("mule_lt_gr")
    M.append(Mail("33-el-payroll-diversion-freemail", utc(2026, 11, 23, 7, 12, 9),
                  ("Νίκος Παπαδόπουλος", "nikos.papadopoulos.ath@gmail.com"), [S("gr_acc")],
                  "Αλλαγή λογαριασμού μισθοδοσίας",
                  alt(body, "UTF-8", "base64", "gmail", "el"), via="gmail",
                  technique="Payroll diversion impersonating the office manager from Gmail",
                  what="'Nikos' asks the Athens accountant from a Gmail address to pay his November salary to a new Lithuanian IBAN.",
                  why="Nikos' known private address is at otenet.gr (see B33), this is a new Gmail; salary to a foreign e-money account, avoids phone contact, just before payroll.",
                  pair=["B33"]))

    # 34 ---------------------------------------------------------------
    link = "https://email.eurobank-epixeiriseis.com/c/eJwtjEEKgzAQRU_j7iSZTDRRyMJzSDKhUTSBJGr1"
    txt = """Eurobank Business Banking

Αξιότιμε πελάτη,

στο πλαίσιο της ετήσιας επικαιροποίησης των στοιχείων πελατών (ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων) οι εξερχόμενες πληρωμές άνω των 5.000 € από τους λογαριασμούς της επιχείρησής σας έχουν περιοριστεί προσωρινά.

Για την άρση του περιορισμού ολοκληρώστε την επιβεβαίωση στοιχείων (KYC) έως 18/11/2026:
%s

Με εκτίμηση,
Eurobank - Business Banking
"""  % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;background:#eef2f5;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e2001a;color:#fff;padding:18px 26px;font-size:20px;font-weight:bold">Eurobank <span style="font-weight:normal;font-size:14px">Business Banking</span></td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:1.6;color:#222">
<p>Αξιότιμε πελάτη,</p>
<p>στο πλαίσιο της ετήσιας επικαιροποίησης των στοιχείων πελατών (ν. 4557/2018 για την πρόληψη της νομιμοποίησης εσόδων) οι εξερχόμενες πληρωμές άνω των <b>5.000 €</b> από τους λογαριασμούς της επιχείρησής σας έχουν περιοριστεί προσωρινά.</p>
<p>Για την άρση του περιορισμού ολοκληρώστε την επιβεβαίωση στοιχείων (KYC) έως <b>18/11/2026</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#e2001a;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Επιβεβαίωση στοιχείων</a></p>
<p>Με εκτίμηση,<br>Eurobank &ndash; Business Banking</p></td></tr></table></body></html>
""" % link
    M.append(Mail("34-el-bank-kyc-credential-phish-mailgun", utc(2026, 11, 11, 9, 5, 36),
                  ("Eurobank Business", "business@eurobank-epixeiriseis.com"), [S("gr_acc")],
                  "Eurobank Business: Προσωρινός περιορισμός πληρωμών - επιβεβαίωση στοιχείων (KYC)",
                  alt(txt, "windows-1253", "quoted-printable", html=html), via="mailgun", hcs="windows-1253", henc="B",
                  sys=dict(mgdom="mg.eurobank-epixeiriseis.com"),
                  technique="Bank KYC credential phishing (the office's actual bank) via Mailgun",
                  what="'Eurobank Business' says outgoing payments are restricted until a KYC re-verification via the link.",
                  why="eurobank-epixeiriseis.com is not Eurobank's domain (eurobank.gr), bulk ESP tracking link; payment-restriction threat with AML-law citation to push a login; banks do not run KYC through e-mailed links.",
                  pair=[]))

    # 35 ---------------------------------------------------------------
    qurl = "https://ergani-gov.eu/auth/taxisnet?afm=%s&r=%s" % (VAT["GR"], b64url("nikos.papadopoulos@example.com"))
    qpng = qr_png(qurl, "Q", 4)
    txt = """ΕΡΓΑΝΗ ΙΙ - Ψηφιακή Κάρτα Εργασίας

Αξιότιμε εργοδότη,

από 01/12/2026 η Ψηφιακή Κάρτα Εργασίας επεκτείνεται σε όλες τις επιχειρήσεις εκτυπώσεων και συσκευασίας (ΚΑΔ 18.12). Για να συνεχίσει η καταγραφή του ωραρίου των εργαζομένων σας πρέπει να επιβεβαιώσετε εκ νέου τα στοιχεία του εργοδότη.

ΑΦΜ: %s

Σαρώστε τον κωδικό QR με το κινητό σας και συνδεθείτε με τους κωδικούς Taxisnet. Η διαδικασία διαρκεί 2 λεπτά.

Προσοχή: για κάθε αδήλωτο εργαζόμενο επιβάλλεται πρόστιμο 10.500 €.

Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης - ΕΡΓΑΝΗ ΙΙ
""" % VAT["GR"]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;color:#222">
<div style="max-width:560px;border:1px solid #ccd;padding:24px">
<div style="color:#1f4e8c;font-size:18px;font-weight:bold">ΕΡΓΑΝΗ ΙΙ &ndash; Ψηφιακή Κάρτα Εργασίας</div>
<p>Αξιότιμε εργοδότη,</p>
<p>από 01/12/2026 η Ψηφιακή Κάρτα Εργασίας επεκτείνεται σε όλες τις επιχειρήσεις εκτυπώσεων και συσκευασίας (ΚΑΔ 18.12). Για να συνεχίσει η καταγραφή του ωραρίου των εργαζομένων σας πρέπει να επιβεβαιώσετε εκ νέου τα στοιχεία του εργοδότη.</p>
<p>ΑΦΜ: <b>%s</b></p>
<p>Σαρώστε τον κωδικό QR με το κινητό σας και συνδεθείτε με τους κωδικούς Taxisnet:</p>
<p style="text-align:center"><img src="cid:ergani_qr" width="180" height="180" alt="QR"></p>
<p style="color:#b00020;font-size:12px">Προσοχή: για κάθε αδήλωτο εργαζόμενο επιβάλλεται πρόστιμο 10.500 €.</p>
<p style="font-size:11px;color:#666">Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης &ndash; ΕΡΓΑΝΗ ΙΙ</p></div></body></html>
""" % VAT["GR"]
    M.append(Mail("35-el-quishing-ergani-digital-work-card", utc(2026, 11, 18, 8, 40, 57),
                  ("ΕΡΓΑΝΗ ΙΙ", "noreply@ergani-gov.eu"), [S("gr_mgr")],
                  "Ψηφιακή Κάρτα Εργασίας: επανεπιβεβαίωση στοιχείων εργοδότη",
                  related(alt(txt, "iso-8859-7", "quoted-printable", html=html), png_att("qr.png", qpng, inline=True, cid="ergani_qr")),
                  via="ses", hcs="iso-8859-7", henc="B",
                  technique="Quishing themed on the Greek labour ministry's digital work card (ERGANI II) via Amazon SES",
                  what="'ERGANI II' tells the Athens manager to re-confirm employer data by scanning a QR code and logging in with Taxisnet, under threat of 10,500 EUR fines.",
                  why="ergani-gov.eu is not a gov.gr domain; QR code (decodable) leads to a Taxisnet credential page; government services do not send QR login requests by e-mail; heavy fine threat (see genuine internal notice B35).",
                  pair=["B35"]))
    M[-1].qr = qurl

    # 36 ---------------------------------------------------------------
    link = "https://wetransfer.download-share.net/d/t-7Hq2LmX9vB?e=" + b64url("nikos.papadopoulos@example.com")
    body = """Καλησπέρα Νίκο,

σου έστειλα τα τελικά αρχεία για τις ετικέτες και τα κουτιά δώρου της Kritsa μέσω WeTransfer γιατί είναι μεγάλα (1,2 GB, PDF/X-4 με τα die-lines).

Κατέβασέ τα από εδώ:
%s

Ο σύνδεσμος λήγει σήμερα στις 23:59. Για λόγους ασφαλείας θα σου ζητήσει να συνδεθείς με το email της εταιρείας σου.

Φιλικά,
Γιώργος
""" % link
    M.append(Mail("36-el-compromised-freelancer-fake-wetransfer", utc(2026, 12, 3, 16, 27, 40),
                  P("antoniou"), [S("gr_mgr")], "Τελικά αρχεία εκτύπωσης - Kritsa ετικέτες & κουτιά",
                  plain(body, "UTF-8", "8bit", flowed=True), via="smtp", ua="roundcube",
                  sys=dict(prov="postfix", server="mailout.otenet.gr", rdns="mailout2.otenet.gr", ip="195.167.109.42",
                           client_ip="89.117.54.12", client_rdns="unknown", msgid_domain="otenet.gr"),
                  technique="Compromised freelancer mailbox sending a fake WeTransfer link (credential phishing)",
                  what="The Greek designer's real mailbox sends a 'WeTransfer' link that requires a company e-mail login and expires tonight.",
                  why="Genuine otenet account but logged in from an unrelated IP; link goes to download-share.net, not wetransfer.com/we.tl; WeTransfer never asks recipients to sign in with their company mail (compare B36).",
                  pair=["B36"]))

    # 37 ---------------------------------------------------------------
    body = """Уважаемый налогоплательщик!

Межрайонная инспекция Федеральной налоговой службы № 15 по Санкт-Петербургу в соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации в связи с выявленными противоречиями в налоговой декларации по НДС за 3 квартал 2026 года требует в течение пяти рабочих дней представить пояснения или внести исправления.

Налогоплательщик: ООО "ЭКЗАМПЛ ГРУП РУС"
ИНН: %s

Требование № 15-12/48317 от 11.11.2026 и приложение (реестр расхождений по книге покупок) направлены во вложении. В целях защиты сведений, составляющих налоговую тайну, архив защищён паролем: 48317

Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ и может послужить основанием для приостановления операций по счетам (п. 3 ст. 76 НК РФ).

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
""" % VAT["RU_INN"]
    z = zip_att("Требование_15-12_48317.zip",
                [("Требование_15-12_48317_реестр_расхождений.pdf.scr", docs.PLACEHOLDER, (2026, 11, 11, 14, 2, 10))],
                password="48317", fname="2231", ctype="application/zip")
    M.append(Mail("37-ru-tax-office-demand-encrypted-zip", utc(2026, 11, 11, 11, 30, 12),
                  ("ФНС России - МИФНС № 15 по Санкт-Петербургу", "mifns15@nalog-gov.ru"), [S("ru_acc")],
                  "Требование о представлении пояснений № 15-12/48317 от 11.11.2026",
                  mixed(plain(body, "windows-1251", "8bit"), z),
                  via="smtp", ua="thebat", hcs="windows-1251", henc="B", zone="RU",
                  sys=dict(prov="postfix", server="mail.nalog-gov.ru", rdns="vds2148763.my-ihor.ru", ip="91.218.114.203",
                           client_ip="5.42.92.17"),
                  technique="Tax-authority (FNS) lure with password-protected ZIP holding a .pdf.scr executable",
                  what="'Tax inspectorate' demand for VAT explanations, with the 'register of discrepancies' in an encrypted ZIP (password in the body).",
                  why="nalog-gov.ru is not nalog.gov.ru; FNS sends demands through the EDI operator (TKS), never as encrypted ZIP by e-mail; .pdf.scr double extension (placeholder); account-freeze threat.",
                  pair=[]))
    M[-1].zip_password = "48317"

    # 38 ---------------------------------------------------------------
    nm, bik, corr, acct = RU["mule"]
    body = """Ольга, добрый день!

Сообщаем, что с 16.11.2026 у ООО «Невская Упаковка» изменились банковские реквизиты в связи с переходом на расчётно-кассовое обслуживание в другой банк. Счёт в ПАО Сбербанк закрывается.

Новые реквизиты:
Получатель: ООО «Невская Упаковка»
ИНН %s / КПП %s
р/с %s
Банк: %s
БИК %s
к/с %s

Оплату по счетам № 1187 от 02.11.2026 и № 1203 от 09.11.2026 просим произвести уже по новым реквизитам. Письмо об изменении реквизитов за подписью генерального директора направим оригиналом почтой.

Прошу подтвердить получение.

С уважением,
Анна Кузнецова
менеджер по работе с клиентами
ООО «Невская Упаковка»
""" % (RU["nevupak_inn"], RU["nevupak_kpp"], acct, nm, bik, corr)
    M.append(Mail("38-ru-supplier-bank-change-lookalike", utc(2026, 11, 16, 7, 58, 33),
                  ("Анна Кузнецова", "a.kuznetsova@nevupak-spb.ru"), [S("ru_acc")],
                  "Изменение банковских реквизитов ООО «Невская Упаковка»",
                  alt(body, "UTF-8", "base64", "plain", "ru"), via="mailru", zone="RU",
                  technique="Supplier bank-detail change from a look-alike domain (BEC) via Mail.ru for Business",
                  what="'Supplier manager' announces new bank details at a Moscow bank and asks to pay two open invoices there.",
                  why="nevupak-spb.ru instead of nevupak.ru; a sales manager (not accounting) changes details by e-mail with the signed letter only 'to follow by post'; the genuine supplier announces changes via EDI with a signed letter and keeps the old account open (see B38).",
                  pair=["B38", "B37"]))

    # 39 ---------------------------------------------------------------
    link = "https://id.yandex-id-security.ru/restore?login=dmitry.sokolov&track=8f3a91c2e4"
    txt = """Яндекс ID

Вход в аккаунт с нового устройства

Здравствуйте, dmitry.sokolov!

Выполнен вход в ваш аккаунт Яндекс ID.

Устройство: Windows 10, Chrome 131
Место: Новосибирск, Россия
IP-адрес: 91.219.237.14
Время: 27.11.2026, 03:41 (МСК)

Если это были не вы, немедленно смените пароль и завершите все сеансы, иначе доступ к аккаунту и рекламным кампаниям в Директе может быть заблокирован:
%s

С уважением,
Служба поддержки Яндекс ID
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body style="font-family:Arial,sans-serif;color:#000">
<div style="max-width:520px;margin:0 auto;padding:24px">
<div style="font-size:22px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</div>
<h2 style="font-weight:normal">Вход в аккаунт с нового устройства</h2>
<p>Здравствуйте, dmitry.sokolov!</p><p>Выполнен вход в ваш аккаунт Яндекс ID.</p>
<table style="font-size:14px;color:#555"><tr><td>Устройство:</td><td>Windows 10, Chrome 131</td></tr><tr><td>Место:</td><td>Новосибирск, Россия</td></tr><tr><td>IP-адрес:</td><td>91.219.237.14</td></tr><tr><td>Время:</td><td>27.11.2026, 03:41 (МСК)</td></tr></table>
<p>Если это были не вы, немедленно смените пароль и завершите все сеансы, иначе доступ к аккаунту и рекламным кампаниям в Директе может быть заблокирован.</p>
<p><a href="%s" style="background:#ffdb4d;color:#000;padding:12px 22px;text-decoration:none;border-radius:8px">Это был не я</a></p>
<p style="font-size:12px;color:#999">С уважением,<br>Служба поддержки Яндекс ID</p></div></body></html>
""" % link
    M.append(Mail("39-ru-fake-yandex-id-signin-alert", utc(2026, 11, 27, 5, 2, 15),
                  ("Яндекс ID", "noreply@yandex-id-security.ru"), [S("ru_mgr")],
                  "Вход в аккаунт с нового устройства",
                  alt(txt, "koi8-r", "quoted-printable", html=html), via="smtp", ua="phpmailer", hcs="koi8-r", henc="B",
                  zone="RU",
                  sys=dict(prov="postfix", server="mx.yandex-id-security.ru", ip="45.153.241.18", local_php=True,
                           php_host="yandex-id-security.ru"),
                  technique="Fake sign-in alert (Yandex ID) leading to a credential-reset phishing page",
                  what="Look-alike 'Yandex ID new sign-in' alert with an 'It wasn't me' button.",
                  why="yandex-id-security.ru is not yandex.ru; PHPMailer on a VPS; the button leads to a look-alike restore page harvesting the password (genuine alert: B39 from id.yandex.ru via Yandex's own servers).",
                  pair=["B39"]))

    # 40 ---------------------------------------------------------------
    link = "https://diadoc-kontur.online/Box/Document?id=8a41f0c2&inn=" + VAT["RU_INN"]
    body = """Контур.Диадок

Вам поступил документ на подпись

Отправитель: ООО "ПромТара Северо-Запад"
Получатель: ООО "ЭКЗАМПЛ ГРУП РУС", ИНН %s
Документ: Универсальный передаточный документ № 847 от 12.11.2026
Сумма: 286 440,00 руб., в т.ч. НДС 20%%

Срок подписания: до 16.11.2026. Неподписанный документ будет считаться отклонённым.

Открыть документ: %s

Для входа используйте логин и пароль от Диадока.
Это автоматическое уведомление, отвечать на него не нужно.
""" % (VAT["RU_INN"], link)
    M.append(Mail("40-ru-fake-edi-diadoc-document-phish", utc(2026, 11, 13, 12, 44, 6),
                  ("Контур.Диадок", "ooo.promtara.szo@mail.ru"), [S("ru_acc")],
                  "Диадок: новый документ на подпись - УПД № 847 от 12.11.2026",
                  plain(body, "windows-1251", "base64"), via="mailru", hcs="windows-1251", henc="B", zone="RU",
                  technique="Fake EDI (Kontur.Diadoc) notification from a compromised Mail.ru mailbox, credential phishing",
                  what="'Diadoc' notification of a UPD awaiting signature with a link to a login page.",
                  why="Diadoc notifications come from diadoc.ru/kontur.ru, not a Mail.ru mailbox; link to diadoc-kontur.online; unknown counterparty; signature deadline pressure.",
                  pair=[]))
    return M
