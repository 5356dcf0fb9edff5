"""Attacks, Spanish (27-31), Greek (32-36), Russian (37-40)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import mta, mime, ids, archive
from lib.mime import local
from lib.company import AGROSUM, AGROEF, URALKT, ENT, S, P

SUPPORT_TENANT = dict(domain='examplegroup-it.com', id='9d4b27e0-6a18-4c3f-8e5d-b1a07c92f463', mbx='VI1P194MB2291', pod='EURP194',
                      fe='AS2P194MB1836', region='EUR02-VI1', lang='es-ES', dkim='onmicrosoft', onms='examplegroupit.onmicrosoft.com')


@msg('attack', 27, 'es', 'aeat-notificacion-zip')
def a27(m):
    m.t = local('CET', 2026, 11, 4, 9, 17, 32)
    m.frm = ('Agencia Tributaria', 'notificaciones@sede-agenciatributaria.es')
    m.to = [P('ruiz')]
    m.subject = 'Notificación electrónica disponible – Requerimiento de información (Ref. 2026GRC43921087F)'
    m.hdr_charset, m.hdr_enc = 'windows-1252', 'Q'
    sysp = mta.PostfixOrg(m, relay='mail.sede-agenciatributaria.es', ip='185.198.57.140', rdns='vps-185-198-57-140.hosted-by.ovhcloud-es.net',
                          helo='mail.sede-agenciatributaria.es', client='other', dkim=('sede-agenciatributaria.es', 'mail'),
                          client_ip='127.0.0.1', client_host='localhost', client_helo='localhost', zone='CET', mua='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')
    ref = '2026GRC43921087F'
    url = 'https://sede-agenciatributaria.es/descargas/Notificacion_%s.zip' % ref
    html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>\n'
              '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">\n'
              '<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">\n'
              '<tr><td style="background:#7a1f2b;color:#fff;padding:12px 18px;font-size:17px"><b>Agencia Tributaria</b> &nbsp;|&nbsp; Sede electrónica</td></tr>\n'
              '<tr><td style="padding:18px">\n'
              '<p>Estimado/a contribuyente:</p>\n'
              '<p>Le comunicamos que tiene a su disposición en la Sede electrónica de la Agencia Tributaria una notificación relativa a '
              '<b>EXAMPLE IBERIA S.L.</b> (NIF %s):</p>\n'
              '<p>Procedimiento: Requerimiento de información – Modelo 303 (3T 2026)<br>Referencia: %s<br>Fecha de puesta a disposición: 04/11/2026</p>\n'
              '<p>Dispone de un plazo de <b>10 días naturales</b> para acceder al contenido; transcurrido dicho plazo la notificación se '
              'entenderá rechazada (art. 43.2 de la Ley 39/2015).</p>\n'
              '<p><a href="%s" style="color:#7a1f2b;font-weight:bold">Descargar notificación (PDF)</a></p>\n'
              '<p style="font-size:11px;color:#777">Este mensaje se ha generado de forma automática. Por favor, no responda.</p>\n'
              '</td></tr></table>\n</body></html>\n' % (ENT['ES']['vat'], ref, url))
    root = alt(m, styles.html_to_text(html_t) + '\n\nDescargar notificación: %s\n' % url, html_t, charset='windows-1252', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Tax-authority lure with a malware download: "notification available – information request on form 303"; the '
               '"download notification (PDF)" link actually fetches a ZIP.',
               'Look-alike sede-agenciatributaria.es on an OVH VPS (DKIM for the look-alike, sent by a PHP script); the genuine AEAT '
               'notice (business/27) only says a notification is in the DEHú/Sede and never links files; link ends in .zip; 10-day pressure.',
               must_urls=[url])


@msg('attack', 28, 'es', 'renovacion-antivirus-callback')
def a28(m):
    m.t = local('CET', 2026, 10, 19, 17, 2, 11)
    m.frm = ('Centro de Facturación', 'facturacion.renovaciones.es@gmail.com')
    m.to = [P('fernandez')]
    m.subject = 'Confirmación de pedido #ES-MTP-88241937 – Renovación automática'
    sysp = mta.Gmail(m)
    phone = '+34 911 23 84 57'
    pdf = doc_pdf(m, head='McAfee Total Protection', head_sub=('Centro de Facturación – Europa',),
                  recipient=('Cliente', S['fernandez']['addr']),
                  meta=(('Pedido', 'ES-MTP-88241937'), ('Fecha', '19/10/2026'), ('Método de pago', 'Cargo automático')),
                  title='Recibo de renovación',
                  table=(('Descripción', 'Periodo', 'Importe'), [('McAfee Total Protection – 10 dispositivos\nRenovación automática', '12 meses', '349,99 €')],
                         (290, 100, 93), ('l', 'l', 'r')),
                  totals=(('Total cargado', '349,99 €', True),),
                  after=('El importe se cargará en su cuenta en las próximas 24 horas. Si no ha autorizado esta renovación o desea cancelarla y '
                         'obtener el reembolso completo, llame a nuestro servicio de facturación: %s (lunes a domingo, 8:00–22:00).' % phone,),
                  footer=('Este documento es un comprobante electrónico. Conserve este recibo para sus registros.',),
                  creator='Canva', producer='Canva', color=(0.75, 0.05, 0.1))
    body = ('Estimado/a cliente:\n\nLe confirmamos la renovación automática de su suscripción. Encontrará el recibo adjunto.\n\n'
            'Importe: 349,99 €\nN.º de pedido: ES-MTP-88241937\n\n'
            'Si no reconoce este cargo, llame a nuestro centro de facturación al %s antes de 24 horas para anular el pedido.\n\n'
            'Atentamente,\nCentro de Facturación' % phone)
    plain_t, html_t = styles.gmail(body.split('\n\n'))
    root = mixed(m, [alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_quote=False, cs_upper=True),
                     att(pdf, 'application/pdf', 'Recibo_ES-MTP-88241937.pdf', style='gmail', att_id='f_m%s0' % m.alnum(7, 'abcdefghijklmnopqrstuvwxyz0123456789'))], slot=1)
    sysp.finish(root)
    m.describe('Callback phishing (TOAD): fake antivirus renewal receipt of 349.99 € with a "billing centre" phone number to cancel; '
               'the call leads to remote-access and bank fraud.',
               'Gmail sender for a software brand, receipt PDF made in Canva, no link at all (only a phone number), nobody in the office '
               'bought such a licence; urgency "within 24 hours".',
               phones=[phone])


@msg('attack', 29, 'es', 'soporte-it-screenconnect')
def a29(m):
    m.t = local('CET', 2026, 11, 16, 10, 21, 54)
    m.frm = ('Soporte IT Example Group', 'soporte@examplegroup-it.com')
    m.to = [P('fernandez')]
    m.cc = [P('ruiz')]
    m.subject = 'Actualización obligatoria de Microsoft Teams – agente de soporte remoto (Ticket INC-0049817)'
    sysp = mta.M365(m, tenant=SUPPORT_TENANT)
    url = 'https://examplegroup-it.screenconnect.com/Bin/ScreenConnect.ClientSetup.msi?e=Access&y=Guest&c=Huelva&c=ES&c=&c=&c=&c=&c=&c='
    paras = ['Hola Lucía, hola Javier:',
             'Desde el departamento de IT de Kassel estamos migrando todos los equipos de las oficinas a la nueva versión de Microsoft Teams '
             '(Teams 2.1) y al nuevo sistema de soporte remoto. En la oficina de Huelva faltan todavía vuestros dos equipos.',
             'Para no perder el acceso a Teams y a las carpetas compartidas a partir del lunes, necesitamos que instaléis hoy antes de las '
             '17:00 el agente de soporte remoto desde el siguiente enlace (el instalador está firmado por ConnectWise, es seguro):',
             url,
             'Después de la instalación, un técnico os llamará desde el +34 951 20 46 83 para terminar la configuración; tardaremos unos '
             '10 minutos por equipo. Por favor, no apaguéis el ordenador.',
             'Gracias por vuestra colaboración.']
    sig = 'Un saludo,\n\nService Desk – Example Group IT\nTicket INC-0049817'
    plain_t, html_t = styles.outlook('es', paras, sig)
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Help-desk / remote-access pretext: "Example Group IT" asks the Huelva staff to install a ScreenConnect remote-support '
               'agent today and announces a technician\'s call.',
               'Look-alike domain examplegroup-it.com on a fresh Microsoft 365 tenant; a legitimate remote-access tool (ConnectWise '
               'ScreenConnect) on an attacker-controlled cloud instance; phone follow-up; the real IT writes from @example.com and the '
               'local IT provider schedules sessions through its ticket system (business/29).',
               phones=['+34 951 20 46 83'], must_urls=[url])


@msg('attack', 30, 'es', 'adobe-acrobat-pedido-compartido')
def a30(m):
    m.t = local('CET', 2026, 11, 30, 12, 5, 9)
    m.frm = ('Adobe Acrobat', 'message@adobe.com')
    m.reply_to = ('Manuel Ortega Ruiz', AGROSUM['person'][1])
    m.to = [P('fernandez')]
    m.subject = 'Manuel Ortega Ruiz ha compartido «Pedido_2027_ExampleIberia.pdf» con usted'
    sysp = mta.Platform(m, host='mail-out-7.mail.adobe.com', ip='192.147.130.44', dkim=[('adobe.com', 's1024-meo')], mailfrom='bounce@mail.adobe.com',
                        msgid_fmt='<{hex32}.{d8}@mail.adobe.com>', bstyle='java', zone='UTC',
                        hops=['from acrobat-share-svc-{hex} (ip-10-42-7-19.eu-west-1.compute.internal [10.42.7.19])\n\tby mail-out-7.mail.adobe.com (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    link = 'https://acrobat.adobe.com/id/urn:aaid:sc:EU:%s' % m.guid()
    blocks = ['<p style="font-size:20px;margin:0 0 14px 0;">Manuel Ortega Ruiz ha compartido un archivo con usted</p>',
              '<p style="background:#f5f5f5;padding:12px;font-style:italic;margin:0 0 14px 0;">«Buenos días Lucía, os adjunto el pedido de '
              'enero con las cantidades revisadas. Por favor confirmad plazos. Un saludo, Manuel»</p>',
              '<p style="margin:0 0 6px 0;"><b>Pedido_2027_ExampleIberia.pdf</b><br />PDF · 1 página</p>']
    html_t = tx_html(blocks=blocks, brand='Adobe Acrobat', brand_color='#eb1000', button=('Abrir', link, '#1473e6'),
                     logo_html='<span style="font-size:17px;font-weight:bold;color:#eb1000;">Adobe Acrobat</span>',
                     footer=['Adobe Inc. · 345 Park Avenue · San Jose, CA 95110-2704 · EE. UU.',
                             'Ha recibido este correo electrónico porque alguien compartió un archivo con usted.'], lang='es',
                     font='adobe-clean,Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nAbrir: %s\n' % link
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Abuse of Adobe Acrobat sharing: real Adobe notification that a customer contact "shared an order PDF"; the PDF in '
               'Adobe\'s cloud holds a link to a credential page.',
               'Sent by Adobe itself (DKIM adobe.com), the customer\'s mailbox is compromised and used to share; the customer normally '
               'mails orders from Google Workspace (business/28) and signs contracts via Acrobat Sign (business/30); payload one click away.',
               must_urls=[link])


@msg('attack', 31, 'es', 'canva-diseno-compartido')
def a31(m):
    m.t = local('CET', 2026, 12, 9, 16, 44, 27)
    m.frm = ('Canva', 'no-reply@canva.com')
    m.to = [P('ruiz')]
    m.subject = 'Rocío Navarro ha compartido un diseño contigo: «Liquidación campaña 2026 – documentación pendiente»'
    sysp = mta.SES(m, region='us-east-1', dkim_domain='canva.com', mailfrom_domain='mail.canva.com',
                   order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'])
    design = 'DAG%s' % m.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    link = 'https://www.canva.com/design/%s/%s/view?utm_content=%s&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton' % (
        design, m.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), design)
    blocks = ['<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0;">Rocío Navarro ha compartido un diseño contigo</p>',
              '<p style="margin:0 0 12px 0;">rnavarro@coop-virgendelrocio.es te ha invitado a ver <b>Liquidación campaña 2026 – documentación pendiente</b>.</p>',
              '<p style="background:#f4f4f6;padding:12px;margin:0 0 12px 0;">«Javier, aquí tienes la documentación de la liquidación '
              'pendiente (facturas y certificados). Pulsa en el botón del documento para descargar el PDF completo.»</p>']
    html_t = tx_html(blocks=blocks, brand='Canva', brand_color='#7d2ae8', button=('Abrir diseño', link, '#8b3dff'),
                     footer=['Canva®, Level 1, 110 Kippax St, Surry Hills NSW 2010, Australia', '<a href="https://www.canva.com/policies/privacy-policy/" style="color:#777777;">Política de privacidad</a>'],
                     lang='es', font='"Canva Sans",Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nAbrir diseño: %s\n' % link
    root = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_upper=True)
    sysp.finish(root)
    m.describe('Abuse of Canva: real Canva share notification for a "design" that is a one-page document with a download button '
               'leading to a phishing page; the sharer is a (compromised) cooperative contact.',
               'Genuine Canva/Amazon SES infrastructure (DKIM canva.com), so the link is a real canva.com URL; accounting documents '
               'shared as a Canva design, "click the button inside the document"; compare the genuine internal Canva share in business/31.',
               must_urls=[link])


# ------------------------------------------------------------------ Greek

@msg('attack', 32, 'el', 'aade-epistrofi-fpa')
def a32(m):
    m.t = local('EET', 2026, 10, 14, 10, 8, 50)
    m.frm = ('ΑΑΔΕ - myAADE', 'noreply@myaade-gov.com')
    m.to = [P('georgiou')]
    m.subject = 'ΑΑΔΕ: Ειδοποίηση επιστροφής ΦΠΑ – Αριθμός αίτησης 2026/ΕΠ/884217'
    m.hdr_charset, m.hdr_enc = 'iso-8859-7', 'B'
    sysp = mta.SMTP2GO(m)
    url = 'https://myaade-gov.com/taxisnet/epistrofes/login?aitisi=884217&afm=%s' % ENT['GR']['vat']
    html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>\n'
              '<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">\n'
              '<div style="max-width:640px;margin:0 auto">\n'
              '<div style="background:#003476;color:#fff;padding:14px 18px"><b>ΑΑΔΕ</b> Ανεξάρτητη Αρχή Δημοσίων Εσόδων &nbsp;|&nbsp; myAADE</div>\n'
              '<div style="padding:18px;border:1px solid #d0d7e2">\n'
              '<p>Αγαπητέ/ή φορολογούμενε,</p>\n'
              '<p>Σας ενημερώνουμε ότι εγκρίθηκε επιστροφή πιστωτικού υπολοίπου ΦΠΑ ύψους <b>3.482,17 €</b> για την επιχείρηση '
              '<b>EXAMPLE HELLAS Μ.Α.Ε.</b> (Α.Φ.Μ. %s).</p>\n'
              '<p>Για την πίστωση του ποσού απαιτείται επιβεβαίωση του IBAN του δικαιούχου μέσω των κωδικών TAXISnet εντός '
              '<b>5 εργάσιμων ημερών</b>. Σε αντίθετη περίπτωση η αίτηση αρχειοθετείται και απαιτείται νέα υποβολή.</p>\n'
              '<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#003476;color:#fff;padding:11px 26px;text-decoration:none">Επιβεβαίωση στοιχείων</a></p>\n'
              '<p style="font-size:12px;color:#666">Αριθμός αίτησης: 2026/ΕΠ/884217 · Ημερομηνία έγκρισης: 13/10/2026</p>\n'
              '</div>\n<p style="font-size:11px;color:#888">Το μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.</p>\n</div>\n</body></html>\n'
              % (ENT['GR']['vat'], url))
    root = alt(m, styles.html_to_text(html_t) + '\n\nΕπιβεβαίωση στοιχείων: %s\n' % url, html_t, charset='iso-8859-7', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Tax-authority phishing (Greece): "AADE approved a VAT refund of 3,482.17 €, confirm the IBAN with your TAXISnet '
               'credentials within 5 working days".',
               'SMTP2GO mailing from the look-alike myaade-gov.com (real: aade.gr / myaade.gov.gr), TAXISnet login on the look-alike; '
               'refund bait plus deadline; the company\'s real ΑΦΜ makes it credible.', must_urls=[url])


@msg('attack', 33, 'el', 'webmail-quota-98')
def a33(m):
    m.t = local('EET', 2026, 11, 6, 8, 44, 12)
    victim = S['papadopoulou']['addr']
    m.frm = ('Υποστήριξη Ταχυδρομείου example.com', 'info@ifaistos-metalika.gr')
    m.to = [P('papadopoulou')]
    m.subject = 'Το γραμματοκιβώτιό σας %s έχει φτάσει το 98%% της χωρητικότητας' % victim
    m.hdr_charset, m.hdr_enc = 'windows-1253', 'B'
    sysp = mta.EximCpanel(m, server='cp07.greekhosting-srv.gr', ip='185.4.133.58', client='phpmailer', auth='info@ifaistos-metalika.gr',
                          client_ip='196.251.84.12', dkim=('ifaistos-metalika.gr', 'default'), zone='EET', mua='Microsoft Office Outlook 12.0')
    url = 'https://example-com.mailbox-storage-upgrade.com/owa/auth.owa?realm=example.com&u=%s' % b64url(victim)
    html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>\n'
              '<body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px">\n'
              '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8"><tr><td style="background:#0072c6;color:#fff;padding:12px 16px;font-size:18px">Outlook Web App</td></tr>\n'
              '<tr><td style="padding:18px">\n<p>Αγαπητέ χρήστη <b>%s</b>,</p>\n'
              '<p>Το γραμματοκιβώτιό σας έχει υπερβεί το όριο αποθήκευσης που έχει ορίσει ο διαχειριστής σας.</p>\n'
              '<table width="100%%" cellpadding="0" cellspacing="0" style="border:1px solid #999"><tr><td width="98%%" style="background:#d9262b;color:#fff;font-size:11px;padding:2px 4px">49,1 GB / 50 GB</td><td></td></tr></table>\n'
              '<p>Από τις 23:59 σήμερα δεν θα μπορείτε να λαμβάνετε νέα μηνύματα και τα εισερχόμενα θα επιστρέφονται στον αποστολέα. '
              'Για να αποφύγετε τη διακοπή, επαληθεύστε τον λογαριασμό σας και θα σας εκχωρηθούν δωρεάν επιπλέον 25 GB.</p>\n'
              '<p><a href="%s" style="background:#0072c6;color:#fff;padding:9px 22px;text-decoration:none">Αύξηση χώρου αποθήκευσης</a></p>\n'
              '<p style="font-size:11px;color:#777">Microsoft Exchange · Διαχειριστής συστήματος example.com</p>\n</td></tr></table>\n</body></html>\n'
              % (victim, url))
    root = alt(m, styles.html_to_text(html_t) + '\n\n%s\n' % url, html_t, charset='windows-1253', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Webmail phishing: "mailbox at 98 %, incoming mail will bounce from 23:59 – verify to get 25 GB free", link to a fake OWA page.',
               'From a compromised Greek metalwork company\'s cPanel mailbox (logged in from an African IP) with "example.com" only in the '
               'display name; real quota warnings come from the Exchange system mailbox inside the org (business/33) and contain no link.',
               must_urls=[url])


@msg('attack', 34, 'el', 'acs-courier-qr-epanapostoli')
def a34(m):
    m.t = local('EET', 2026, 12, 7, 12, 31, 5)
    m.frm = ('ACS Courier', 'info@acs-courier-gr.com')
    m.to = [P('papadopoulou')]
    m.subject = 'ACS: Η αποστολή 7219480633 δεν παραδόθηκε – απαιτείται ενέργεια'
    sysp = mta.SES(m, region='eu-central-1', dkim_domain='acs-courier-gr.com', mailfrom_domain='bounce.acs-courier-gr.com')
    url = 'https://acs-gr.delivery-reschedule.com/p/7219480633?src=qr'
    png = qr_png(m, url, scale=4)
    cid = 'qr%s@acs' % m.hex(8)
    html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
              '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
              '<div style="max-width:600px;margin:0 auto;border:1px solid #ddd">\n'
              '<div style="background:#e30613;color:#fff;padding:14px 18px;font-size:20px;font-weight:bold">ACS Courier</div>\n'
              '<div style="padding:20px">\n<p>Αγαπητέ πελάτη,</p>\n'
              '<p>Η αποστολή σας με αριθμό <b>7219 4806 33</b> δεν κατέστη δυνατό να παραδοθεί στις 07/12/2026 λόγω ελλιπούς διεύθυνσης.</p>\n'
              '<p>Για να ορίσετε νέα ημερομηνία παράδοσης και να εξοφλήσετε τα τέλη επαναποστολής (<b>1,95 €</b>), σαρώστε τον παρακάτω '
              'κωδικό QR με το κινητό σας. Η αποστολή θα παραμείνει στο κατάστημα για 48 ώρες.</p>\n'
              '<p style="text-align:center"><img src="cid:%s" width="180" height="180" alt="QR"></p>\n'
              '<p style="font-size:12px;color:#777">ACS Courier Α.Ε.Ε. · Κηφισίας 118 · Αθήνα</p>\n</div>\n</div>\n</body></html>\n' % cid)
    plain_t = styles.html_to_text(html_t)
    root = related(m, [alt(m, plain_t, html_t, charset='utf-8', cte='base64'),
                       att(png, 'image/png', 'qr.png', style='generic', disposition='inline', cid=cid)], slot=2, typ='multipart/alternative')
    m.meta['qr_png_names'] = ['qr.png']
    sysp.finish(root)
    m.describe('Courier quishing: "ACS delivery failed, pay 1.95 € re-delivery fee" with the payment link only inside an inline QR image.',
               'Look-alike acs-courier-gr.com via Amazon SES; no clickable link (the QR moves the victim to the phone and past URL '
               'filters); small fee to harvest card data; compare the genuine ACS notice in business/34.')


@msg('attack', 35, 'el', 'docusign-platforma-symfonia')
def a35(m):
    m.t = local('EET', 2026, 12, 3, 15, 49, 36)
    m.frm = ('Αγροεφόδια Θεσσαλίας Α.Ε. μέσω Docusign', 'dse@eumail.docusign.net')
    m.reply_to = ('Λογιστήριο Αγροεφόδια', 'logistirio.agroefodia@gmail.com')
    m.to = [P('georgiou')]
    m.subject = 'Ολοκληρώστε με το Docusign: Συμφωνία συμψηφισμού υπολοίπων 2026 – Example Hellas'
    env = m.guid()
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, m.guid(), m.guid())
    code = env.replace('-', '').upper()[:32]
    sysp = mta.Platform(m, host='mail.eu.docusign.net', rdns='mailda.eu.docusign.net', ip='185.81.102.%d' % m.rng.randint(10, 99),
                        dkim=[('eumail.docusign.net', 'ds1'), ('docusign.net', 's1')], mailfrom='dse@eumail.docusign.net', zone='UTC',
                        msgid_fmt='<%s@eu.docusign.net>' % env.replace('-', ''), bstyle='java',
                        order=['date', 'from', 'replyto', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'],
                        hops=['from fr1ds-mta-03 (10.201.14.33) by mail.eu.docusign.net (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    m.extra = [('X-DocuSign-Envelope-Id', env)]
    blocks = ['<table cellpadding="0" cellspacing="0" style="width:100%;background:#1e4ca1;"><tr><td style="padding:28px;text-align:center;color:#ffffff;font-size:16px;">'
              'Η Αγροεφόδια Θεσσαλίας Α.Ε. σάς έστειλε ένα έγγραφο για έλεγχο και υπογραφή.</td></tr></table>',
              '<p style="margin:18px 0 6px 0;"><b>Λογιστήριο Αγροεφόδια</b><br /><a href="mailto:logistirio.agroefodia@gmail.com" style="color:#2463d1;">logistirio.agroefodia@gmail.com</a></p>',
              'Κύριε Γεωργίου, καλησπέρα σας.<br />Σας στέλνουμε τη συμφωνία συμψηφισμού των υπολοίπων 2026 μαζί με την ενημερωμένη καρτέλα '
              'μας. Μέσα στο έγγραφο θα βρείτε τον σύνδεσμο για το αναλυτικό αρχείο κινήσεων. Παρακαλούμε για την υπογραφή σας έως την '
              'Παρασκευή, ώστε να κλείσουμε το έτος.<br />Με εκτίμηση, Λογιστήριο',
              '<p style="font-size:12px;color:#666666;margin-top:22px;"><b>Μην κοινοποιείτε αυτό το email</b><br />Αυτό το email περιέχει έναν '
              'ασφαλή σύνδεσμο προς το Docusign. Μην κοινοποιείτε αυτό το email, τον σύνδεσμο ή τον κωδικό πρόσβασης σε άλλους.</p>',
              '<p style="font-size:12px;color:#666666;"><b>Εναλλακτική μέθοδος υπογραφής</b><br />Επισκεφθείτε το Docusign.com, κάντε κλικ '
              'στο «Πρόσβαση σε έγγραφα» και εισαγάγετε τον κωδικό ασφαλείας:<br />%s</p>' % code]
    html_t = tx_html(blocks=blocks, brand='Docusign', brand_color='#1e4ca1', button=('ΕΛΕΓΧΟΣ ΕΓΓΡΑΦΟΥ', link, '#ffc820'),
                     logo_html='<span style="font-size:22px;font-weight:bold;color:#1e1e1e;">Docusign</span>',
                     footer=['Το μήνυμα αυτό σάς στάλθηκε από τον χρήστη Λογιστήριο Αγροεφόδια, ο οποίος χρησιμοποιεί την υπηρεσία ηλεκτρονικής '
                             'υπογραφής Docusign.'], lang='el', font='Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nΕΛΕΓΧΟΣ ΕΓΓΡΑΦΟΥ: %s\n' % link
    root = alt(m, plain_t, html_t, charset='utf-8', cte='base64')
    sysp.finish(root)
    m.describe('Abuse of the real DocuSign platform: an envelope in Greek "from the customer Agroefodia" with a "balance set-off agreement"; '
               'the document inside carries the link to the credential page.',
               'Sent by DocuSign itself (DKIM docusign.net, real eu.docusign.net link and envelope ID), but the DocuSign account belongs to a Gmail '
               'address, not to the customer\'s domain (agroefodia-thessalias.gr, which writes through its own host in business/32 and business/35); '
               'Reply-To Gmail; year-end pressure.',
               must_urls=[link])


@msg('attack', 36, 'el', 'dropbox-ekkatharisi-fpa')
def a36(m):
    m.t = local('EET', 2026, 12, 11, 9, 12, 3)
    m.frm = ('Dropbox', 'no-reply@dropbox.com')
    m.reply_to = ('Σοφία Παπαδάκη', 's.papadaki@logistiki-papadaki.gr')
    m.to = [P('georgiou')]
    m.subject = 'Η Σοφία Παπαδάκη σάς προσκάλεσε να δείτε το αρχείο «Εκκαθάριση ΦΠΑ Νοεμβρίου 2026.pdf»'
    sysp = mta.Platform(m, host='mail-sender-37.dropbox.com', ip='162.125.6.37', dkim=[('dropbox.com', 'corp')],
                        mailfrom='bounces+%s@em-s.dropbox.com' % m.hex(12), zone='UTC', msgid_fmt='<{hex32}@dropbox.com>',
                        order=['date', 'from', 'replyto', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'], bstyle='hex')
    link = 'https://www.dropbox.com/scl/fi/%s/%s?rlkey=%s&st=%s&dl=0' % (
        m.alnum(21, 'abcdefghijklmnopqrstuvwxyz0123456789'), '%CE%95%CE%BA%CE%BA%CE%B1%CE%B8%CE%AC%CF%81%CE%B9%CF%83%CE%B7-%CE%A6%CE%A0%CE%91.pdf',
        m.alnum(25, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    blocks = ['<p style="font-size:19px;margin:0 0 14px 0;">Η Σοφία Παπαδάκη (s.papadaki@logistiki-papadaki.gr) σάς προσκάλεσε να '
              'δείτε το αρχείο «Εκκαθάριση ΦΠΑ Νοεμβρίου 2026.pdf» στο Dropbox.</p>',
              '<p style="background:#f7f5f2;padding:12px;margin:0 0 14px 0;">«Κύριε Γεωργίου, σας στέλνω την εκκαθάριση του Νοεμβρίου '
              'για έλεγχο πριν την υποβολή. Η πληρωμή πρέπει να γίνει έως τις 20/12.»</p>']
    html_t = tx_html(blocks=blocks, brand='Dropbox', brand_color='#0061fe', button=('Προβολή αρχείου', link, '#0061fe'),
                     footer=['© 2026 Dropbox · 1800 Owens St, San Francisco, CA 94158'], lang='el', font='"Sharp Grotesk",Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nΠροβολή αρχείου: %s\n' % link
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Abuse of Dropbox sharing: genuine Dropbox invitation to view a "November VAT settlement" from an accounting office '
               'the company does not use; the shared PDF carries the phishing link.',
               'Real dropbox.com infrastructure and link, so reputation checks pass; unknown accountant sharing tax documents with a '
               'payment deadline; Reply-To an outside domain; contrast with the known agronomist\'s Dropbox share in business/36.',
               must_urls=[link])


# ------------------------------------------------------------------ Russian

@msg('attack', 37, 'ru', 'uralkhimtorg-akt-sverki-zip')
def a37(m):
    m.t = local('MSK', 2026, 12, 2, 11, 5, 41)
    m.frm = URALKT['buh']
    m.to = [P('volkov')]
    m.subject = 'Re: Акт сверки за 9 месяцев 2026'
    m.in_reply_to = '<a77c1f09e2d54b6fb0e3c5d1f4a6b8e2@EXCH01.corp.example.com>'
    m.references = '<003d01dd4b27$5c1e9a80$14d5cf80@uralkhimtorg.ru> <a77c1f09e2d54b6fb0e3c5d1f4a6b8e2@EXCH01.corp.example.com>'
    sysp = mta.Yandex(m, client='web', client_ip='45.142.212.61')
    pw = '1130'
    m.meta['zip_password'] = pw
    standin = ('[безопасная заглушка вместо исполняемого файла .scr, исполняемого кода нет]\r\n'
               'Имя в архиве: Акт сверки 01.01.2026-30.11.2026.pdf                                   .scr\r\n'
               'Назначение (обезврежено): загрузчик, скачивающий hxxp[:]//upd-buh-docs[.]ru/a.bin\r\n').encode('utf-8')
    z = archive.make_zipcrypto([('Акт сверки 01.01.2026-30.11.2026.pdf                                   .scr', standin)], pw, m.rng,
                               date_time=(2026, 12, 2, 10, 58, 0))
    body = ('Дмитрий, добрый день!\n\n'
            'Направляем акт сверки взаиморасчётов за период 01.01.2026–30.11.2026 с учётом последних отгрузок калия хлористого. '
            'Просим проверить, подписать и вернуть скан до пятницы, у нас закрытие года.\n\n'
            'Архив защищён паролем по требованию нашей службы безопасности. Пароль: %s\n\n'
            'С уважением,\nБухгалтерия ООО «УралХимТорг»\n\n'
            '14.10.2026, 12:03, "Dmitry Volkov" <dmitry.volkov@example.com>:\n'
            '> Добрый день! Акт за 9 месяцев получили, подписанный экземпляр отправим почтой.\n> Дмитрий Волков\n' % pw)
    html_t = '<div>' + '</div><div>'.join(styles.esc(l) if l else '&nbsp;' for l in body.split('\n')) + '</div>'
    alt_part = alt(m, body, html_t, charset='utf-8', cte='base64')
    zp = att(z, 'application/zip', 'Акт_сверки_01.01.2026-30.11.2026.zip', style='generic')
    root = mixed(m, [alt_part, zp])
    sysp.finish(root)
    m.describe('Thread hijack + malware: reply from the supplier\'s real (compromised) accounting mailbox in an old reconciliation '
               'thread, sending an "updated reconciliation act" as a password-protected ZIP with a .pdf<spaces>.scr file.',
               'Genuine Yandex 360 mailbox (DKIM/SPF pass) used from the web interface from a foreign IP (the supplier normally sends '
               'from Outlook, business/37); password-protected archive with the password in the body; padded double extension (inert stand-in).')


@msg('attack', 38, 'ru', 'dosudebnaya-pretenziya-yadisk')
def a38(m):
    m.t = local('MSK', 2026, 10, 26, 14, 18, 2)
    m.frm = ('Юридический отдел ООО «АгроРесурс»', 'agroresurs.urist@mail.ru')
    m.to = [P('smirnova')]
    m.subject = 'Досудебная претензия № 418/П-26 (задолженность по договору поставки)'
    sysp = mta.MailRu(m, client_ip='188.119.102.7')
    link = 'https://disk.yandex.ru/d/%s' % m.alnum(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    body = ('Генеральному директору ООО «Экзампл Рус»\n\n'
            'ДОСУДЕБНАЯ ПРЕТЕНЗИЯ № 418/П-26\n\n'
            'В соответствии с договором поставки № 27/2026 от 14.03.2026 ООО «АгроРесурс» осуществило поставку товара, однако оплата '
            'в полном объёме до настоящего времени не произведена. Сумма задолженности составляет 1 847 300,00 руб., неустойка по '
            'п. 7.2 договора – 92 365,00 руб.\n\n'
            'Требуем погасить задолженность в течение 10 (десяти) календарных дней с момента получения претензии. В противном '
            'случае мы будем вынуждены обратиться в Арбитражный суд г. Москвы с взысканием судебных расходов.\n\n'
            'Расчёт задолженности, акт сверки, УПД и копия договора размещены по ссылке (архив, пароль 2026):\n%s\n\n'
            'С уважением,\nюрисконсульт ООО «АгроРесурс»\nСеменова Анна Викторовна\nтел. +7 (495) 118-42-60' % link)
    root = plain(body, 'utf-8', 'base64')
    sysp.finish(root)
    m.describe('Fake legal notice: pre-trial claim for an alleged 1.85 million rouble debt with a 10-day deadline; "documents" in a '
               'password-protected archive on Yandex Disk.',
               'Unknown counterparty writing from a free mail.ru box; no contract 27/2026 exists; legal threat and deadline; the real '
               'Yandex Disk link keeps the archive (malware) out of reach of attachment scanning.',
               phones=['+7 (495) 118-42-60'], must_urls=[link])


@msg('attack', 39, 'ru', 'diadok-lookalike-upd')
def a39(m):
    m.t = local('MSK', 2026, 11, 27, 16, 33, 18)
    m.frm = ('Контур.Диадок', 'noreply@diadoc-kontur.ru')
    m.to = [P('volkov')]
    m.subject = 'Вам поступил документ на подпись от ООО «УралХимТорг»: УПД № 1184 от 27.11.2026'
    m.hdr_charset, m.hdr_enc = 'koi8-r', 'B'
    sysp = mta.PostfixOrg(m, relay='mail.diadoc-kontur.ru', ip='45.90.32.141', rdns='45-90-32-141.cloudvps.regruhosting.ru',
                          helo='mail.diadoc-kontur.ru', client='java', dkim=('diadoc-kontur.ru', 'dkim'), client_ip='127.0.0.1',
                          client_host='localhost', client_helo='localhost', zone='MSK')
    url = 'https://diadoc-kontur.ru/Login?ReturnUrl=%%2FDocument%%2FShow%%3FletterId%%3D%s' % m.guid()
    html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>\n'
              '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
              '<div style="max-width:600px;margin:0 auto">\n<p style="font-size:20px;color:#1a7ec7"><b>Диадок</b></p>\n'
              '<p>Здравствуйте!</p>\n<p>Контрагент <b>ООО «УралХимТорг»</b> (ИНН %s) направил вам документ, требующий подписи:</p>\n'
              '<p style="background:#f1f5f9;padding:10px 14px">УПД № 1184 от 27.11.2026 на сумму 4 318 560,00 руб.<br>Получатель: ООО «Экзампл Рус»</p>\n'
              '<p>Срок подписания — 2 рабочих дня. Неподписанные документы автоматически отклоняются.</p>\n'
              '<p><a href="%s" style="background:#1a7ec7;color:#fff;padding:10px 24px;text-decoration:none">Перейти к документу</a></p>\n'
              '<p style="font-size:12px;color:#777">СКБ Контур · Служба поддержки 8 800 500-10-18</p>\n</div>\n</body></html>\n'
              % (URALKT['inn'], url))
    root = alt(m, styles.html_to_text(html_t) + '\n\nПерейти к документу: %s\n' % url, html_t, charset='koi8-r', cte='quoted-printable')
    sysp.finish(root)
    m.describe('EDI-platform phishing: "Kontur.Diadok – a UPD from your supplier awaits signature", link to a fake Diadok login.',
               'Look-alike diadoc-kontur.ru on a REG.RU cloud VPS (real: diadoc.kontur.ru, which notifies from kontur.ru infrastructure, '
               'business/38); invented "auto-rejection after 2 days"; real supplier name and INN used as bait.',
               phones=['8 800 500-10-18'], must_urls=[url])


@msg('attack', 40, 'ru', 'raiffeisen-biznes-115fz')
def a40(m):
    m.t = local('MSK', 2026, 12, 14, 9, 2, 47)
    m.frm = ('Райффайзен Бизнес Онлайн', 'info@raiffeisen-bizonline.ru')
    m.to = [P('volkov')]
    m.cc = [P('smirnova')]
    m.subject = 'Ограничение дистанционного обслуживания по счёту (115-ФЗ) – требуется подтверждение'
    m.hdr_charset, m.hdr_enc = 'windows-1251', 'B'
    sysp = mta.EximCpanel(m, server='vh412.timeweb.ru', ip='92.53.96.87', client='phpmailer', auth=None, script_user='cx81237',
                          mailfrom='cx81237@vh412.timeweb.ru', spf='pass', dkim=None, zone='MSK', msgid_host='raiffeisen-bizonline.ru', uid=48211)
    url = 'https://raiffeisen-bizonline.ru/auth/login?doc=115fz&client=%s' % ENT['RU']['vat']
    acc = ENT['RU']['account']
    html_t = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>\n'
              '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
              '<div style="max-width:620px;margin:0 auto;border-top:6px solid #fee600">\n'
              '<p style="font-size:19px"><b>Райффайзен Бизнес Онлайн</b></p>\n'
              '<p>Уважаемый клиент!</p>\n'
              '<p>В соответствии с Федеральным законом № 115-ФЗ банк запрашивает документы, подтверждающие экономический смысл '
              'операций по счёту <b>%s</b> (ООО «Экзампл Рус», ИНН %s) за ноябрь 2026 года.</p>\n'
              '<p>До предоставления документов по счёту введено ограничение на исходящие платежи через систему дистанционного '
              'обслуживания. Документы необходимо загрузить в течение <b>2 рабочих дней</b>, иначе банк вправе расторгнуть договор '
              'банковского счёта.</p>\n'
              '<p><a href="%s" style="background:#fee600;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Войти и загрузить документы</a></p>\n'
              '<p style="font-size:12px;color:#777">АО «Райффайзенбанк», БИК %s, к/с %s. Контакт-центр для бизнеса: 8 800 700-91-00</p>\n'
              '</div>\n</body></html>\n' % (acc, ENT['RU']['vat'], url, ENT['RU']['bic'], ENT['RU']['corr']))
    root = alt(m, styles.html_to_text(html_t) + '\n\n%s\n' % url, html_t, charset='windows-1251', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Bank phishing (Russia): "Raiffeisen Business Online – outgoing payments restricted under the anti-money-laundering '
               'law 115-FZ, log in and upload documents within 2 days".',
               'Sent by a PHP script on a Timeweb shared host for the look-alike raiffeisen-bizonline.ru (no DKIM); uses the company\'s '
               'real account number, BIC and INN (from invoices) for credibility; the bank raises 115-FZ requests inside the bank portal, not via links.',
               phones=['8 800 700-91-00'], must_urls=[url])
