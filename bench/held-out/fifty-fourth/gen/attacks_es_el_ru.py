"""Attack messages, Spanish (5), Greek (5) and Russian (4)."""
import base64

from common import M, sysf, alt, plain, mixed, related, pdf_att, quote_block, exch_id, S, SN, BANK, RU_BANK, RU_INN, ids, docs, qr
from mime import Bin, Multi, Text
import routes as R
from attacks_it_pl import _btn_html, _p

AFM_GR = ids.gr_afm('80147382')
CIF_ES = ids.es_cif('B', '9584721')


# ---------------------------------------------------------------- Spanish

def es_verifactu():
    url = 'https://sede-agenciatributaria.gob-es.info/expedientes/REQ-2026-48112937/Requerimiento_AEAT_REQ-2026-48112937.zip'
    text = """AGENCIA TRIBUTARIA
Sede electrónica

Comunicación de requerimiento de información

NIF: %s
Razón social: EXAMPLE GROUP IBERICA SL
Expediente: REQ-2026-48112937

Estimado/a contribuyente:

En el marco de las actuaciones de comprobación previas a la entrada en vigor obligatoria de los sistemas VERI*FACTU (Real Decreto 1007/2023), la Agencia Tributaria ha detectado que el sistema informático de facturación declarado por su entidad no figura como adaptado a los requisitos del Reglamento.

Se le requiere para que, en el plazo de diez días hábiles, aporte la declaración responsable del fabricante del software y la documentación indicada en el requerimiento. La falta de atención al presente requerimiento podrá constituir infracción tributaria conforme al artículo 203 de la Ley 58/2003, General Tributaria, con sanción de hasta 50.000 euros por ejercicio.

Puede descargar el requerimiento completo y la relación de documentos en el siguiente enlace:
%s

Este mensaje se ha generado de forma automática. No responda a este correo.
""" % (CIF_ES, url)
    return M(lang='es', slug='aeat-verifactu-malware-link', at='2026-10-22 09:41',
             frm=('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'), to=[S('nunez')],
             subject='Comunicación de requerimiento de información - Expediente REQ-2026-48112937', hcs='iso-8859-1', henc='Q',
             sys=sysf(R.vps, domain='agenciatributaria-sede.es', ip='193.149.176.88', rdns=None, mua='phpmailer',
                      via_webmail=True),
             body=alt(text, 'iso-8859-1', 'quoted-printable', 'simple'),
             technique='Tax-authority impersonation (AEAT / VERI*FACTU) with a link to a malware ZIP',
             what='Fake AEAT "requerimiento" about VERI*FACTU compliance; the document is a ZIP download',
             why='AEAT notifies through the DEHú/sede electrónica (agenciatributaria.gob.es), never by a direct ZIP download from a '
                 'gob-es.info host; look-alike sender on a VPS without rDNS; fine threat. Compare the tax advisor\'s genuine '
                 'VERI*FACTU note (business 30).')


def es_whatsapp():
    text = """Hola María José,

¿Estás en la oficina? Necesito que me pases tu número de móvil, quiero comentarte por WhatsApp un tema confidencial que tenemos que dejar cerrado hoy antes de las 14:00.

Estoy reunido y no puedo atender llamadas.

Gracias,
Íñigo

Enviado desde mi iPhone
"""
    return M(lang='es', slug='manager-impersonation-whatsapp', at='2026-11-19 10:24',
             frm=('Íñigo Etxeberria', 'inigo.etxeberria.exgroup@gmail.com'), to=[S('nunez')],
             subject='Urgente', hcs='UTF-8', henc='B',
             sys=sysf(R.gmail), body=alt(text, 'UTF-8', 'quoted-printable', 'gmail', quote=False),
             technique='Executive impersonation (BEC opener) moving the conversation to WhatsApp',
             what='"Office manager" from Gmail asks the accountant for her mobile number for a confidential matter',
             why='Gmail look-alike of the manager instead of @example.com; secrecy + deadline + "can\'t take calls"; goal is to move '
                 'to WhatsApp where a payment request follows outside mail controls. The real manager writes internally (business 29).')


def es_esir():
    url = 'https://sede-miteco.tramites-esir.com/esir/acceso?di=DI-48-2026-0093318'
    text = """Ministerio para la Transición Ecológica y el Reto Demográfico
eSIR - Traslados de residuos

Aviso de rechazo de documento de identificación

Documento de identificación: DI-48-2026-0093318
Notificación previa: NT-48-2026-0011827
Operador del traslado: EXAMPLE GROUP IBERICA SL (NIMA 4800098812)
Residuo: LER 17 04 05 - Hierro y acero
Destino: Acería Cantábrica del Norte SA

La comunidad autónoma de destino ha rechazado el documento de identificación por discrepancias en los datos del transportista. Mientras el DI permanezca rechazado el traslado se considerará no documentado a efectos del artículo 108 de la Ley 7/2022, de residuos y suelos contaminados para una economía circular.

Dispone de 48 horas para subsanar el documento accediendo con certificado electrónico o Cl@ve:
%s

Sistema eSIR - No responda a este mensaje.
""" % url
    html = _btn_html('windows-1252', 'MITECO &middot; eSIR &ndash; Traslados de residuos',
                     _p('<b>Aviso de rechazo de documento de identificaci&oacute;n</b>',
                        'Documento de identificaci&oacute;n: DI-48-2026-0093318<br>Notificaci&oacute;n previa: NT-48-2026-0011827<br>'
                        'Operador del traslado: EXAMPLE GROUP IBERICA SL (NIMA 4800098812)<br>Residuo: LER 17 04 05 - Hierro y acero<br>'
                        'Destino: Acer&iacute;a Cant&aacute;brica del Norte SA',
                        'La comunidad aut&oacute;noma de destino ha rechazado el documento de identificaci&oacute;n por discrepancias en los datos del transportista. Mientras el DI permanezca rechazado el traslado se considerar&aacute; no documentado a efectos del art&iacute;culo 108 de la Ley 7/2022.',
                        'Dispone de <b>48 horas</b> para subsanar el documento accediendo con certificado electr&oacute;nico o Cl@ve.'),
                     'Subsanar documento', url, 'Sistema eSIR &ndash; No responda a este mensaje.', color='#004a99', lang='es')
    return M(lang='es', slug='miteco-esir-waste-transfer-phish', at='2026-11-24 12:58',
             frm=('MITECO - eSIR Traslados', 'info@talleresarrieta.es'), to=[S('etxeberria')],
             subject='eSIR: documento de identificación DI-48-2026-0093318 rechazado - subsanación en 48 horas',
             hcs='windows-1252', henc='Q',
             sys=sysf(R.smtp_auth, server='es-srv14.hostinglowcost.es', server_ip='185.166.212.39', mta='exim',
                      client=('[192.168.1.2]', 'unknown', '5.181.86.140'), mua='roundcube', lang='es-ES'),
             body=alt(text, 'windows-1252', 'base64', html_text=html),
             technique='Trade-specific credential phishing: Spanish waste-transfer e-system (MITECO eSIR, DI/NT)',
             what='Fake eSIR notice that a waste transfer document (DI) was rejected, 48 h to "fix" it after logging in',
             why='Sent from a hacked car-workshop mailbox (talleresarrieta.es) under a ministry display name; the link goes to '
                 'tramites-esir.com, not a gob.es host; 48-hour pressure; invented destination steelworks.')


def es_docusign():
    url = 'https://na4.docusign.net/Signing/EmailStart.aspx?a=7c1b2e4f-9a3d-4f61-b8e2-0d5c4a7e9f13&etti=24&acct=3f8e2d11-7a5c-4b0e-9c61-2e4f8a1d7b95&er=5a9e4c27-3b81-4d2f-a6c0-71e8b3f5d2a4'
    text = """RRHH Example Group le ha enviado un documento para revisar y firmar.

REVISAR DOCUMENTO
%s

RRHH Example Group
rrhh.examplegroup@gmail.com

Estimado/a empleado/a:

Se adjunta la propuesta de revisión salarial 2027 y el nuevo anexo de retribución variable. Revíselo y fírmelo electrónicamente antes del 04/12/2026 para que los cambios se apliquen en la nómina de enero.

Gracias,
Departamento de Recursos Humanos

No comparta este correo electrónico
Este correo electrónico contiene un vínculo seguro a Docusign. No comparta este correo electrónico, vínculo o código de acceso con otras personas.

Método de firma alternativo
Visite Docusign.com, haga clic en 'Access Documents' e introduzca el código de seguridad:
5A9E4C273B814D2FA6C071E8B3F5D2A44

Acerca de Docusign
Firme documentos electrónicamente en tan solo unos minutos. Es seguro. Tanto si está en la oficina, en casa o de viaje, Docusign le ofrece una solución de confianza para la gestión de transacciones digitales.
""" % url
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:24px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:12px 24px"><span style="font-size:20px;font-weight:bold;color:#000">docusign</span></td></tr>
<tr><td style="background:#1e4ca1;padding:28px 24px;text-align:center;color:#ffffff;font-size:16px">
RRHH Example Group le ha enviado un documento para revisar y firmar.<br><br>
<a href="%s" style="background:#ffc820;color:#000;text-decoration:none;font-size:14px;font-weight:bold;padding:10px 26px;display:inline-block;border-radius:2px">REVISAR DOCUMENTO</a></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#000"><b>RRHH Example Group</b><br><a href="mailto:rrhh.examplegroup@gmail.com" style="color:#2463d1">rrhh.examplegroup@gmail.com</a><br><br>
Estimado/a empleado/a:<br><br>Se adjunta la propuesta de revisi&oacute;n salarial 2027 y el nuevo anexo de retribuci&oacute;n variable. Rev&iacute;selo y f&iacute;rmelo electr&oacute;nicamente antes del 04/12/2026 para que los cambios se apliquen en la n&oacute;mina de enero.<br><br>Gracias,<br>Departamento de Recursos Humanos</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:13px;color:#666"><b>No comparta este correo electr&oacute;nico</b><br>Este correo electr&oacute;nico contiene un v&iacute;nculo seguro a Docusign. No comparta este correo electr&oacute;nico, v&iacute;nculo o c&oacute;digo de acceso con otras personas.<br><br>
<b>M&eacute;todo de firma alternativo</b><br>Visite Docusign.com, haga clic en 'Access Documents' e introduzca el c&oacute;digo de seguridad:<br>5A9E4C273B814D2FA6C071E8B3F5D2A44</td></tr>
</table></td></tr></table></body></html>
""" % url
    return M(lang='es', slug='abused-docusign-salary-review', at='2026-11-30 16:12',
             frm=('RRHH Example Group via Docusign', 'dse_NA4@docusign.net'), env='bounces@docusign.net',
             reply_to=('RRHH Example Group', 'rrhh.examplegroup@gmail.com'),
             to=[S('etxeberria')], subject='Completar con Docusign: Revisión salarial 2027 - anexo retribución variable.pdf',
             hcs='utf-8', henc='Q', sys=sysf(R.docusign, eu=False),
             body=alt(text, 'utf-8', 'quoted-printable', html_text=html),
             technique='Abuse of a genuine e-signature service (real DocuSign envelope from an attacker account)',
             what='Real DocuSign envelope "salary review 2027" sent by an account calling itself the company HR, reply-to Gmail',
             why='The infrastructure is genuinely DocuSign (so sender checks pass), but the envelope owner is a Gmail account posing '
                 'as HR; HR does not use Gmail or DocuSign for salary letters; the signed document leads to a credential page. '
                 'Compare the genuine envelope from a known carrier (business 28).')


def es_teams_vishing():
    text = """Hola María José:

Desde el departamento de Sistemas de Duisburg hemos detectado esta mañana un ataque de spam masivo dirigido a su buzón (es posible que ya haya recibido cientos de correos de suscripciones y boletines en pocos minutos).

Para detenerlo tenemos que aplicar un filtro directamente en su equipo. En los próximos minutos le llamará uno de nuestros técnicos a través de Microsoft Teams; la llamada aparecerá como "Help Desk - Example Group".

Por favor, acepte la llamada y, cuando el técnico se lo indique, abra Asistencia rápida (Quick Assist) con Ctrl + Windows + Q e introduzca el código de seguridad que le facilitará. El proceso dura unos 10 minutos. No apague ni reinicie el equipo mientras tanto.

Disculpe las molestias.

Un saludo,
Equipo de Soporte IT
Example Group
"""
    return M(lang='es', slug='email-bombing-teams-quickassist-pretext', at='2026-12-09 10:17',
             frm=('Soporte IT | Example Group', 'soporte.it.examplegroup@outlook.es'), to=[S('nunez')],
             subject='Incidencia de seguridad en su buzón - le llamaremos por Teams', hcs='iso-8859-1', henc='Q',
             sys=sysf(R.outlook_consumer, tz='cet', lang='es-ES'),
             body=alt(text, 'iso-8859-1', 'quoted-printable', 'outlook', lang='ES'),
             technique='Remote-access vishing pretext after e-mail bombing (fake help desk via Teams + Quick Assist)',
             what='"IT support" announces a Teams call to fix a spam flood and asks the user to start Quick Assist with their code',
             why='Help desk never writes from outlook.es; the scenario (mail bombing, then a Teams call from an external tenant named '
                 '"Help Desk", then Quick Assist) is the known ransomware-operator playbook for getting hands-on-keyboard access.')


# ---------------------------------------------------------------- Greek

def el_mydata():
    url = 'https://www1.aade-gr.net/mydata/apokliseis?afm=%s&ref=MD-2026-Q3-55821' % AFM_GR
    text = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Ηλεκτρονικά Βιβλία myDATA

Ειδοποίηση αποκλίσεων παραστατικών

ΑΦΜ: %s
Επωνυμία: EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.
Περίοδος: 01/07/2026 - 30/09/2026

Κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA διαπιστώθηκαν αποκλίσεις μεταξύ των διαβιβασθέντων παραστατικών εσόδων και των αντίστοιχων χαρακτηρισμών (12 παραστατικά, συνολική διαφορά καθαρής αξίας 48.317,60 €).

Σύμφωνα με το άρθρο 54 του Κώδικα Φορολογικής Διαδικασίας (ν. 5193/2025), η μη διόρθωση των αποκλίσεων επισύρει πρόστιμο ανά παραστατικό. Παρακαλούμε συνδεθείτε με τους προσωπικούς σας κωδικούς TAXISnet, ελέγξτε τις αποκλίσεις και προβείτε σε διόρθωση εντός 5 εργάσιμων ημερών:

%s

Με εκτίμηση,
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
ΑΑΔΕ

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντήσετε.
""" % (AFM_GR, url)
    return M(lang='el', slug='aade-mydata-discrepancy-phish', at='2026-10-27 11:35',
             frm=('ΑΑΔΕ - myDATA', 'noreply@aade-mydata.gr.com'), env='bounces-5519021@aade-mydata.gr.com', to=[S('karagianni')],
             subject='Ειδοποίηση αποκλίσεων παραστατικών myDATA - Γ΄ τρίμηνο 2026', hcs='iso-8859-7', henc='B',
             sys=sysf(R.brevo),
             body=alt(text, 'iso-8859-7', 'quoted-printable', 'simple'),
             technique='Tax-authority e-invoicing impersonation (Greek AADE myDATA), TAXISnet credential phishing',
             what='Fake AADE notice of myDATA invoice discrepancies with fines, log in with TAXISnet codes',
             why='aade-mydata.gr.com and aade-gr.net are not aade.gr/gov.gr; sent through Brevo; TAXISnet credential harvesting '
                 'under fine pressure; AADE communicates via the myAADE inbox. Compare the genuine invoice with myDATA MARK (business 32).')


def el_hijack():
    url = 'https://we.tl-share.net/t-Hq7Zr2KxB4/Deltia_Apostolis_Noemvrios_2026'
    earlier = """Σταύρο καλημέρα,

στείλε μου σε παρακαλώ τα δελτία αποστολής του Νοεμβρίου πριν βγάλεις το τιμολόγιο, να τα περάσουμε με τη ζύγιση.

Ευχαριστώ
Νίκος
"""
    text = """Καλησπέρα κ. Νίκο,

σας στέλνω όπως ζητήσατε τα δελτία αποστολής και την κατάσταση δρομολογίων Νοεμβρίου. Επειδή είναι πολλά σκαναρισμένα αρχεία τα ανέβασα εδώ:

%s

Θα χρειαστεί να βάλετε το email σας για να ανοίξουν. Πείτε μου αν είναι όλα εντάξει να βγάλω το τιμολόγιο.

Ευχαριστώ,
Σταύρος Αθανασίου
Μεταφορές - Κοντέινερ
Καλοχώρι Θεσσαλονίκης
6944 318 207

Στις 2026-11-24 12:40, Papadopoulos Nikos έγραψε:
%s""" % (url, quote_block(earlier))
    return M(lang='el', slug='thread-hijack-haulier-file-share', at='2026-11-26 21:47',
             frm=('Σταύρος Αθανασίου', 'stathanasiou@otenet.gr'), to=[SN('papadopoulos')],
             subject='RE: Δρομολόγια Νοεμβρίου', hcs='utf-8', henc='B',
             in_reply_to=exch_id('papadopoulos-dromologia'), references=['BIZ:haulier-delivery-notes', exch_id('papadopoulos-dromologia')],
             sys=sysf(R.otenet, client_ip='185.107.56.212'),
             body=plain(text, 'utf-8', '8bit', quote=False),
             technique='Thread hijack from a compromised consumer mailbox (otenet.gr) with a fake file-transfer link',
             what='Reply in a genuine thread from the haulier\'s real otenet.gr mailbox; delivery notes "uploaded" behind a login',
             why='Genuine mailbox and provider, but webmail login from a Dutch hosting IP at night; link to a WeTransfer look-alike '
                 '(we.tl-share.net) that asks for the e-mail login; the haulier normally attaches photos/scans directly (business 33).')


def el_hma_qr():
    url = 'https://hma-ypen.gov-gr.eu/eepa/2026/auth?afm=%s&k=QX71' % AFM_GR
    png = qr.qr_png(url, scale=6)
    text = """ΥΠΟΥΡΓΕΙΟ ΠΕΡΙΒΑΛΛΟΝΤΟΣ ΚΑΙ ΕΝΕΡΓΕΙΑΣ
Ηλεκτρονικό Μητρώο Αποβλήτων (ΗΜΑ)

Υπενθύμιση: εκκρεμής επικαιροποίηση εγγραφής και Ετήσιας Έκθεσης Παραγωγού Αποβλήτων

Αριθμός Μητρώου ΗΜΑ: 158042
ΑΦΜ: %s

Σύμφωνα με τα στοιχεία του συστήματος, η εγγραφή της επιχείρησής σας στο ΗΜΑ δεν έχει επικαιροποιηθεί μετά τη μετάπτωση στη νέα πλατφόρμα. Εγγραφές που δεν επικαιροποιούνται έως 04/12/2026 απενεργοποιούνται και η επιχείρηση δεν μπορεί να εκδίδει Αναγνωριστικά Έντυπα Αποβλήτων.

Για λόγους ασφαλείας η ταυτοποίηση γίνεται μόνο από κινητή συσκευή: σαρώστε τον κωδικό QR του συνημμένου αρχείου με την κάμερα του κινητού σας και συνδεθείτε με τους κωδικούς TAXISnet.

Γραφείο Υποστήριξης ΗΜΑ
""" % AFM_GR
    return M(lang='el', slug='hma-waste-registry-quishing', at='2026-11-30 08:56',
             frm=('ΥΠΕΝ - Ηλεκτρονικό Μητρώο Αποβλήτων', 'hma-support@ypen-hma.eu'), to=[SN('papadopoulos')],
             subject='ΗΜΑ: Εκκρεμής επικαιροποίηση εγγραφής 158042 - προθεσμία 04/12/2026', hcs='windows-1253', henc='Q',
             sys=sysf(R.vps, domain='ypen-hma.eu', ip='164.92.181.57', rdns=None, mua='phpmailer', via_webmail=True),
             body=mixed(alt(text, 'windows-1253', 'quoted-printable', 'simple'),
                        Bin(png, 'image/png', 'HMA_QR_taftopoiisi.png')),
             qr_url=url,
             technique='Quishing (QR code in a PNG attachment), trade-specific: Greek Electronic Waste Registry (HMA)',
             what='Fake Ministry of Environment notice: HMA registration must be re-validated by scanning a QR code',
             why='ypen-hma.eu on a DigitalOcean droplet without rDNS is not ypen.gov.gr; the QR code (evades link scanning, moves the '
                 'victim to a phone) leads to a TAXISnet credential page on gov-gr.eu; deactivation threat.')


def el_piraeus():
    url = 'https://winbank-business.piraeus-epikairopoiisi.com/kyc?id=EB-77310482'
    text = """Τράπεζα Πειραιώς - winbank business

Αξιότιμε πελάτη,

στο πλαίσιο των υποχρεώσεων της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), είναι απαραίτητη η επικαιροποίηση των στοιχείων της επιχείρησής σας (KYC) και των νομίμων εκπροσώπων.

Η επικαιροποίηση δεν έχει ολοκληρωθεί για τον κωδικό συνδρομητή EB-77310482. Αν δεν ολοκληρωθεί έως 11/12/2026, οι εξερχόμενες πληρωμές και οι μαζικές μισθοδοσίες μέσω winbank business θα περιοριστούν προσωρινά.

Η διαδικασία διαρκεί περίπου 3 λεπτά:
%s

Ευχαριστούμε για την προτίμηση.
Τράπεζα Πειραιώς
"""  % url
    html = _btn_html('utf-8', 'Τράπεζα Πειραιώς &middot; winbank business',
                     _p('Αξιότιμε πελάτη,',
                        'στο πλαίσιο των υποχρεώσεων της Τράπεζας για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες (ν. 4557/2018), είναι απαραίτητη η επικαιροποίηση των στοιχείων της επιχείρησής σας (KYC) και των νομίμων εκπροσώπων.',
                        'Η επικαιροποίηση δεν έχει ολοκληρωθεί για τον κωδικό συνδρομητή <b>EB-77310482</b>. Αν δεν ολοκληρωθεί έως <b>11/12/2026</b>, οι εξερχόμενες πληρωμές και οι μαζικές μισθοδοσίες μέσω winbank business θα περιοριστούν προσωρινά.',
                        'Η διαδικασία διαρκεί περίπου 3 λεπτά.'),
                     'Επικαιροποίηση στοιχείων', url, 'Ευχαριστούμε για την προτίμηση.<br>Τράπεζα Πειραιώς', color='#ffd400', lang='el')
    html = html.replace('color:#fff;text-decoration', 'color:#000;text-decoration').replace('color:#fff;padding:16px', 'color:#000;padding:16px')
    return M(lang='el', slug='bank-kyc-update-phish', at='2026-12-04 13:12',
             frm=('Τράπεζα Πειραιώς', 'winbank-business@piraeus-notifications.com'),
             env='bounces+3301877-e0c2-eleni.karagianni=example.com@em412.piraeus-notifications.com',
             to=[SN('karagianni')], subject='Απαιτείται επικαιροποίηση στοιχείων επιχείρησης (KYC) - winbank business',
             hcs='utf-8', henc='B', sys=sysf(R.sendgrid, helo_dom='em412.piraeus-notifications.com'),
             body=alt(text, 'utf-8', 'base64', html_text=html),
             technique='Bank impersonation (KYC update) for business e-banking credential theft',
             what='Fake Piraeus Bank winbank business KYC update request with payment-restriction threat',
             why='Not piraeusbank.gr; SendGrid bulk sending from a look-alike domain; KYC pretext plus restriction of outgoing '
                 'payments and payroll to steal e-banking credentials and OTPs.')


def el_svg():
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="190" viewBox="0 0 420 190">
  <rect x="0" y="0" width="420" height="190" rx="10" fill="#f4f6f8" stroke="#c9d1d9"/>
  <text x="24" y="40" font-family="Segoe UI, Arial" font-size="18" fill="#1f2328">Φωνητικό μήνυμα (00:47)</text>
  <text x="24" y="66" font-family="Segoe UI, Arial" font-size="13" fill="#57606a">Από: +30 2310 795 311 · Τρίτη 01/12/2026 17:22</text>
  <a xlink:href="https://voicemail-cloudpbx.pages.dev/play?m=VM-20261201-1722&amp;u=Z2lvcmdvcy5kaW1pdHJpb3VAZXhhbXBsZWdyb3VwLmV1" target="_blank">
    <rect x="24" y="92" width="372" height="54" rx="27" fill="#0969da"/>
    <polygon points="52,104 52,134 76,119" fill="#ffffff"/>
    <rect x="92" y="116" width="280" height="6" rx="3" fill="#9ec5fe"/>
    <text x="210" y="172" font-family="Segoe UI, Arial" font-size="12" fill="#57606a" text-anchor="middle">Πατήστε για αναπαραγωγή</text>
  </a>
</svg>
"""
    text = """Νέο φωνητικό μήνυμα

Από: +30 2310 795 311
Ημερομηνία: 01/12/2026 17:22
Διάρκεια: 00:47

Το μήνυμα βρίσκεται στο συνημμένο αρχείο. Ανοίξτε το για να το ακούσετε.

Cloud PBX - Υπηρεσία φωνητικού ταχυδρομείου
"""
    return M(lang='el', slug='svg-voicemail-attachment', at='2026-12-01 17:31',
             frm=('Cloud PBX Voicemail', 'info@anakainiseis-makris.gr'), env='makris@gr-host17.cloudweb.gr',
             to=[SN('dimitriou')], subject='Νέο φωνητικό μήνυμα από +30 2310 795 311 (00:47)', hcs='iso-8859-7', henc='Q',
             sys=sysf(R.php_mail, host='gr-host17.cloudweb.gr', ip='185.4.133.92', site_user='makris',
                      script='/home/makris/public_html/wp-includes/js/tinymce/skins/mail.php', domain='anakainiseis-makris.gr'),
             body=mixed(alt(text, 'iso-8859-7', '8bit', 'simple'),
                        Bin(svg.encode('utf-8'), 'image/svg+xml', 'Fonitiko_minima_2310795311.svg')),
             technique='SVG attachment phishing (fake voicemail player linking to a credential page)',
             what='"Voicemail" notification with an SVG "player" whose play button links to a pages.dev site',
             why='The company has no such PBX service; sent by a PHP script on a hacked renovation firm\'s website; the SVG is a '
                 'clickable lure (link carries the victim\'s base64 address) - SVG attachments are a current filter-evasion vector.')


# ---------------------------------------------------------------- Russian

def ru_fns_zip():
    pw = '7801'
    z = docs.zip_crypto([('Требование_№_13-08_2841_пояснения.pdf.lnk', b'inert placeholder - evaluation sample, not a shortcut\n')],
                        pw, dt=(2026, 10, 30, 10, 12, 0), seed='zip-ru')
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 25 по Санкт-Петербургу в соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации направляет требование о представлении пояснений № 13-08/2841 в связи с выявленными расхождениями в налоговой декларации по НДС за 3 квартал 2026 года.

Налогоплательщик: ООО «ЭКЗАМПЛ ГРУП РУС»
ИНН/КПП: %s/780101001

В соответствии с пунктом 5.1 статьи 23 НК РФ квитанцию о приёме требования необходимо передать в течение шести рабочих дней, пояснения - в течение пяти рабочих дней со дня получения. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ, а также возможную приостановку операций по счетам.

Требование и перечень расхождений направлены во вложении. Архив защищён паролем: 7801

С уважением,
Межрайонная ИФНС России № 25 по Санкт-Петербургу
""" % RU_INN['example_ru']
    return M(lang='ru', slug='fns-tax-demand-encrypted-zip', at='2026-10-30 10:18',
             frm=('ФНС России - Межрайонная ИФНС № 25', 'trebovanie@nalog-gov.ru'), to=[SN('vasilyeva')],
             subject='Требование о представлении пояснений № 13-08/2841', hcs='windows-1251', henc='B', zip_pw=pw,
             sys=sysf(R.vps, domain='nalog-gov.ru', ip='185.104.114.61', rdns='vm1184733.firstbyte.club', mua='outlook',
                      lang='ru-RU', tz='msk'),
             body=mixed(alt(text, 'windows-1251', '8bit', 'outlook', lang='RU'),
                        Bin(z, 'application/zip', 'Требование_13-08_2841.zip', fn_style='ewb', fn_charset='windows-1251')),
             technique='Tax-authority impersonation (FNS) with a password-protected ZIP containing a .lnk payload',
             what='Fake FNS "requirement to provide explanations" on the VAT return, documents in an encrypted ZIP',
             why='nalog-gov.ru is not nalog.gov.ru; tax requirements are delivered through the accredited EDI operator (TKS), '
                 'never as e-mail attachments; ZipCrypto with password in the body blinds scanners; inner "...pdf.lnk" is a '
                 'shortcut-launcher pattern; account-freeze threat. Compare the tax advisor\'s genuine note (business 40).')


def ru_diadoc():
    url = 'https://diadoc-kontur.online/box/7802184370/doc/418?sign=1'
    text = """Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО «ВТОРМЕТ-НЕВА» (ИНН %s)
Получатель: ООО «ЭКЗАМПЛ ГРУП РУС»
Документ: Универсальный передаточный документ № 418 от 24.11.2026
Сумма: 1 284 600,00 руб., в т.ч. НДС

Если документ не будет подписан в течение 3 рабочих дней, он будет автоматически отклонён, а контрагент получит уведомление об отказе в подписи.

Открыть документ в Диадоке:
%s

Это письмо сформировано автоматически. Не отвечайте на него.
АО "ПФ "СКБ Контур"
""".replace('«', '"').replace('»', '"').replace('№', 'N') % (RU_INN['vtormet'], url)
    return M(lang='ru', slug='edi-diadoc-document-phish', at='2026-11-25 15:07',
             frm=('Контур.Диадок', 'info@stroymet-kirov.ru'), to=[SN('vasilyeva')],
             subject='Вам поступил документ от ООО «ВТОРМЕТ-НЕВА»: УПД № 418 от 24.11.2026', hcs='utf-8', henc='B',
             sys=sysf(R.smtp_auth, server='s12.hostland.ru', server_ip='185.26.122.71', mta='exim',
                      client=('[10.8.0.14]', 'unknown', '80.94.95.181'), mua='thebat', tz='msk', lang='ru'),
             body=alt(text, 'koi8-r', 'quoted-printable', 'simple'),
             technique='EDI-operator impersonation (Kontur.Diadok) for credential theft, using a real supplier\'s name',
             what='Fake Diadok notification that a UPD from the real supplier VtorMet-Neva needs signing',
             why='Sent from a hacked third-party mailbox (stroymet-kirov.ru) with a Diadok display name; link to diadoc-kontur.online, '
                 'not diadoc.kontur.ru; auto-rejection pressure; aimed at Kontur login/electronic-signature access.')


def ru_bank_change():
    b = RU_BANK['attacker']
    text = """Добрый день, Ольга!

Сообщаем, что с 01.12.2026 ООО «ВторМет-Нева» переводит расчётно-кассовое обслуживание в другой банк. Старый счёт в ПАО «Банк «Санкт-Петербург» закрывается, поступления на него после 01.12 будут возвращаться отправителю.

Новые банковские реквизиты:
Получатель: ООО «ВторМет-Нева»
ИНН %s / КПП 780201001
Р/с %s
Банк: %s, г. Москва
БИК %s
К/с %s

Оплату по счёту № 418 от 24.11.2026 (1 284 600,00 руб.) и по последующим счетам просим производить по новым реквизитам. Письмо за подписью генерального директора во вложении, оригинал передадим с ближайшей поставкой.

Просьба подтвердить получение ответным письмом.

С уважением,
Андрей Кузнецов
Коммерческий директор
ООО «ВторМет-Нева»
""" % (RU_INN['vtormet'], b['rs'], b['bank'], b['bik'], b['ks'])
    doc = [('ООО «ВторМет-Нева»', 14, True), 'ИНН %s  КПП 780201001' % RU_INN['vtormet'], '',
           'Генеральному директору ООО «Экзампл Груп Рус»', '', 'Исх. № 1127 от 27.11.2026', '',
           ('Об изменении банковских реквизитов', 12, True), '',
           'Настоящим уведомляем об изменении банковских реквизитов ООО «ВторМет-Нева» с 01.12.2026:', '',
           'Р/с %s' % b['rs'], 'в %s' % b['bank'], 'БИК %s   К/с %s' % (b['bik'], b['ks']), '',
           'Просим все платежи производить по указанным реквизитам.', '',
           'Генеральный директор  ______________  /С. В. Лебедев/']
    return M(lang='ru', slug='supplier-bank-change-lookalike-ru', at='2026-11-27 12:40',
             frm=('Андрей Кузнецов', 'a.kuznetsov@vtormet-neva.com'), to=[SN('vasilyeva')], cc=[SN('sokolov')],
             subject='Смена банковских реквизитов ООО «ВторМет-Нева»', hcs='windows-1251', henc='B',
             sys=sysf(R.vps, domain='vtormet-neva.com', ip='89.108.118.203', rdns=None, mua='outlook', lang='ru-RU', tz='msk'),
             body=mixed(alt(text, 'windows-1251', 'base64', 'outlook', lang='RU'),
                        pdf_att('Письмо_о_смене_реквизитов.pdf', doc, fn_style='ewb', producer='Microsoft: Print To PDF')),
             technique='Supplier bank-detail change from a look-alike domain (.com for .ru), Russian payment details',
             what='"VtorMet-Neva" moves its account to a Moscow bank and asks to pay invoice 418 there',
             why='vtormet-neva.com on a VPS without rDNS is not the supplier\'s vtormet-neva.ru (Yandex 360); knows a current '
                 'invoice number; old account "will bounce" pressure; the "signed" letter is a print-to-PDF without seal. '
                 'Details are formally valid (BIK/account key), so only the process reveals it. Genuine invoice: business 37.')


def ru_rpn_zip():
    z = docs.zip_plain([('Решение_о_проведении_проверки_№_1187-р.pdf.lnk', b'inert placeholder - evaluation sample, not a shortcut\n')],
                       dt=(2026, 12, 7, 9, 44, 0))
    text = """Генеральному директору ООО «Экзампл Груп Рус»

Северо-Западное межрегиональное управление Федеральной службы по надзору в сфере природопользования уведомляет о проведении внеплановой выездной проверки на основании решения № 1187-р от 07.12.2026 в рамках федерального государственного экологического контроля (надзора).

Предмет проверки: соблюдение обязательных требований в области обращения с отходами производства и потребления I-V классов опасности, в том числе ведение учёта в области обращения с отходами, наличие паспортов отходов I-IV классов опасности и достоверность сведений, представленных в форме 2-ТП (отходы) за 2025 год.

Просим в срок до 11.12.2026 ознакомиться с решением и перечнем запрашиваемых документов (во вложении) и направить ответ с указанием контактного лица.

Начальник отдела государственного экологического надзора
СЗМУ Росприроднадзора
"""
    return M(lang='ru', slug='rosprirodnadzor-inspection-zip-lnk', at='2026-12-07 10:02',
             frm=('Росприроднадзор СЗМУ', 'rpn.szmu.proverki@yandex.ru'), to=[SN('sokolov')],
             subject='Решение о проведении внеплановой выездной проверки № 1187-р', hcs='utf-8', henc='B',
             sys=sysf(R.yandex, tz='msk'),
             body=mixed(plain(text, 'utf-8', '8bit'),
                        Bin(z, 'application/zip', 'Решение_1187-р.zip', fn_style='ewb', fn_charset='utf-8')),
             technique='Regulator impersonation (Rosprirodnadzor environmental inspection) with a ZIP containing a .lnk',
             what='"Unscheduled inspection" notice about waste records, decision and document list in a ZIP',
             why='A federal regulator does not send from a free yandex.ru mailbox; inspections are announced through the unified '
                 'register / Gosuslugi, not as ZIP files; the archive holds "...pdf.lnk" - a malware launcher pattern.')


def messages():
    return [es_verifactu(), es_whatsapp(), es_esir(), es_docusign(), es_teams_vishing(),
            el_mydata(), el_hijack(), el_hma_qr(), el_piraeus(), el_svg(),
            ru_fns_zip(), ru_diadoc(), ru_bank_change(), ru_rpn_zip()]
