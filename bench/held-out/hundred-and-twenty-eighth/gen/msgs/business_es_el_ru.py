"""Genuine business mail, Spanish (27-31), Greek (32-36), Russian (37-40)."""
from msgs import msg
from msgs.common import *  # noqa
from msgs.attack_en import ics_escape, ics_fold
from lib import mta, mime, ids, archive
from lib.mime import local
from lib.company import AGROSUM, AGROEF, AGROTRIALS, URALKT, TRANSLOG, ONUB, ENT, S, P


@msg('business', 27, 'es', 'aeat-aviso-notificacion-dehu')
def b27(m):
    m.t = local('CET', 2026, 11, 9, 7, 14, 36)
    m.frm = ('Agencia Tributaria', 'avisos@correo.aeat.es')
    m.to = [P('ruiz')]
    m.subject = 'Aviso de puesta a disposición de notificación'
    m.hdr_charset, m.hdr_enc = 'iso-8859-1', 'Q'
    sysp = mta.Platform(m, host='correo5.aeat.es', ip='195.235.146.%d' % m.rng.randint(20, 60), dkim=[('correo.aeat.es', 'aeat2025')],
                        mailfrom='avisos@correo.aeat.es', zone='CET', msgid_fmt='<{ms}.{d8}.JavaMail.avisos@correo.aeat.es>',
                        order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'],
                        hops=['from avisnot02.aeat.es (avisnot02.aeat.es [10.24.8.62])\n\tby correo5.aeat.es (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    body = ('Le informamos de que la Agencia Tributaria ha puesto a su disposición una nueva notificación electrónica para el titular:\n\n'
            '    NIF: %s\n    Razón social: EXAMPLE IBERIA SL\n\n'
            'Puede acceder a su contenido en la Dirección Electrónica Habilitada única (DEHú), https://dehu.redsara.es, o en la Sede '
            'electrónica de la Agencia Tributaria, https://sede.agenciatributaria.gob.es, apartado "Notificaciones".\n\n'
            'Este aviso tiene carácter meramente informativo y no tiene la consideración de notificación. La Agencia Tributaria nunca le '
            'enviará por correo electrónico enlaces a documentos o ficheros comprimidos para descargar notificaciones.\n\n'
            'Por favor, no responda a este mensaje.\n' % ENT['ES']['vat'])
    root = plain(body, 'iso-8859-1', 'quoted-printable', cs_upper=True)
    sysp.finish(root)
    m.describe('Genuine AEAT notice that an electronic notification is available in the DEHú / Sede electrónica.',
               'AEAT\'s own mail system (DKIM correo.aeat.es), plain text, only the official portal addresses, explicitly "not a notification" '
               'and no download links or files.',
               must_urls=['https://dehu.redsara.es', 'https://sede.agenciatributaria.gob.es'],
               hard=([27], 'Spanish tax notification', 'Genuine notice names the official portals; the attack links a ZIP on a look-alike sede domain.'))


@msg('business', 28, 'es', 'agrosuministros-reclamacion-fotos')
def b28(m):
    m.t = local('CET', 2026, 11, 19, 12, 37, 8)
    m.frm = ('Manuel Ortega Ruiz', AGROSUM['person'][1])
    m.to = [P('fernandez')]
    m.cc = [P('vogel')]
    m.subject = 'Reclamación lote NPK 15-15-15 – producto apelmazado (albarán ALB-26-3318)'
    sysp = mta.Gmail(m, domain='agrosuministros-guadalquivir.es')
    cids = ['ii_m%s%d' % (m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789'), i) for i in range(2)]
    photos = [granules_photo(m, clumps=3), granules_photo(m, clumps=1)]
    paras = ['Buenos días Lucía:',
             'Os escribo por la partida de NPK 15-15-15 que recibimos el martes en Dos Hermanas (albarán ALB-26-3318, lote K-26-1047). Al abrir '
             'los big bags hemos encontrado el producto bastante apelmazado en 9 de los 24 sacos; en algunos hay terrones duros de 5-8 cm que '
             'no pasan por la abonadora.',
             'Te adjunto dos fotos de los sacos 7 y 12. Los sacos estaban bien cerrados y almacenados bajo techo desde la descarga.',
             '¿Podéis pedir al laboratorio el análisis de humedad y de dureza del lote? Según el resultado vemos si retiráis esos 9 sacos o '
             'lo arreglamos con un abono en la próxima factura. Felix, te pongo en copia por si necesitas más datos técnicos.',
             'Un saludo,']
    sig = 'Manuel Ortega Ruiz\nJefe de Compras\nAgrosuministros Guadalquivir S.L.\nCtra. de Utrera km 2,5 – 41700 Dos Hermanas (Sevilla)\nTel. 954 721 380 · Móvil 655 318 244'
    plain_t, html_t = styles.gmail(paras, sig, lang='es')
    html_t = html_t.replace('</div>\n', '<div><br></div><div><img src="cid:%s" alt="IMG_20261119_113412.png" width="360" height="270"><br>'
                            '<img src="cid:%s" alt="IMG_20261119_113530.png" width="360" height="270"><br></div></div>\n' % tuple(cids), 1) \
        if html_t.endswith('</div>\n') else html_t
    plain_t = plain_t.replace('Un saludo,', '[image: IMG_20261119_113412.png]\n[image: IMG_20261119_113530.png]\n\nUn saludo,')
    altp = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_quote=False, cs_upper=True)
    imgs = [att(photos[0], 'image/png', 'IMG_20261119_113412.png', style='gmail', disposition='inline', cid=cids[0], att_id=cids[0]),
            att(photos[1], 'image/png', 'IMG_20261119_113530.png', style='gmail', disposition='inline', cid=cids[1], att_id=cids[1])]
    root = related(m, [altp] + imgs, slot=1, typ=None)
    sysp.finish(root)
    m.describe('Genuine customer complaint about caked NPK in 9 of 24 big bags, with two inline photos; asks for a moisture/hardness analysis.',
               'Known distributor on Google Workspace with its own domain (DKIM s=google), concrete delivery-note and lot numbers, agronomist in Cc, '
               'inline photos, no link, no payment change.',
               phones=['954 721 380', '655 318 244'],
               hard=([30], 'Mail from the Spanish distributor', 'Genuine complaint comes from the customer\'s Google Workspace with photos; '
                                                                'the attack is an Adobe share from the compromised contact with a one-click link.'))


@msg('business', 29, 'es', 'onubenses-glpi-sesion-remota')
def b29(m):
    m.t = local('CET', 2026, 11, 18, 16, 55, 42)
    m.frm = ('Sistemas Onubenses - Soporte', ONUB['person'][1])
    m.to = [P('fernandez')]
    m.subject = '[GLPI #0004871] Nuevo seguimiento – Sustitución del PC de recepción'
    sysp = mta.PostfixOrg(m, relay='mail.sistemas-onubenses.es', ip='198.51.100.73', client='other', dkim=('sistemas-onubenses.es', 'glpi'),
                          client_ip='192.168.10.21', client_host='glpi.sistemas-onubenses.local', client_helo='glpi.sistemas-onubenses.local',
                          mua='GLPI', msgid_host='soporte.sistemas-onubenses.es')
    m.msgid = '<GLPI_%s-Ticket-4871/new_followup.%d.%d@soporte.sistemas-onubenses.es>' % (m.hex(13), mime.epoch(m.t), m.rng.randint(1000000000, 9999999999))
    url = 'https://soporte.sistemas-onubenses.es/front/ticket.form.php?id=4871'
    text = ('URL : %s\n\nTicket: Descripción\n\nTítulo : Sustitución del PC de recepción\nSolicitante : Lucía Fernández (Example Iberia S.L.)\n'
            'Fecha de apertura : 12-11-2026 09:14\nCategoría : Hardware > Puesto de trabajo\n\n'
            'Seguimiento: Álvaro Domínguez – 18-11-2026 16:55\n\n'
            'Hola Lucía, te confirmamos la sesión remota para mañana jueves 19/11 a las 9:30 para pasar tu perfil de Outlook y los '
            'ficheros del escritorio al equipo nuevo. Antes de empezar te llamaremos desde nuestro número de siempre (959 250 118) y te daremos '
            'el código de sesión; no tienes que instalar nada, el cliente de soporte ya está en el equipo nuevo desde que lo preparamos en el '
            'taller. Si te viene mal la hora, responde a este correo o llámanos.\n\nUn saludo,\nÁlvaro\n\n'
            '--\nSistemas Onubenses S.L. · Av. de Andalucía 23, local 4 · 21005 Huelva · 959 250 118\n'
            'Generado automáticamente por GLPI 10.0.20\n' % url)
    html_t = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>[GLPI #0004871]</title></head>\n'
              '<body style="font-family:Verdana,Arial,sans-serif;font-size:12px">\n'
              + ''.join('<p>%s</p>\n' % styles.linkify(p).replace('\n', '<br>') for p in text.split('\n\n')) + '</body></html>\n')
    root = alt(m, text, html_t, charset='UTF-8', cte='8bit', cs_quote=True)
    sysp.finish(root)
    m.describe('Genuine ticket update from the local IT service provider (GLPI): remote session to migrate the Outlook profile on the new PC, '
               'with a call beforehand from the provider\'s usual number.',
               'Provider\'s own relay (DKIM), GLPI message-ID and ticket URL on its own domain, ticket opened by the user herself a week earlier, '
               'explicitly nothing to install.',
               phones=['959 250 118'], must_urls=[url],
               hard=([29], 'IT support / remote session', 'Genuine: ticket the user opened, no installation, known provider; the attack '
                                                          'asks to install a remote-access agent from a look-alike "IT".'))


@msg('business', 30, 'es', 'acrobat-sign-acuerdo-distribucion')
def b30(m):
    m.t = local('CET', 2026, 12, 1, 11, 18, 24)
    m.frm = ('Manuel Ortega Ruiz mediante Acrobat Sign', 'adobesign@adobesign.com')
    m.reply_to = ('Manuel Ortega Ruiz', AGROSUM['person'][1])
    m.to = [P('braun')]
    m.cc = [P('fernandez')]
    m.subject = 'Manuel Ortega Ruiz le solicita que firme «Acuerdo de distribución 2027 – Agrosuministros Guadalquivir / Example Iberia»'
    sysp = mta.Platform(m, host='mail.eu1.adobesign.com', ip='185.55.178.%d' % m.rng.randint(20, 80), dkim=[('adobesign.com', 's1')],
                        mailfrom='bounce-%s@adobesign.com' % m.hex(10), zone='UTC', msgid_fmt='<{hex32}@adobesign.com>', bstyle='java',
                        order=['date', 'from', 'replyto', 'to', 'cc', 'msgid', 'subject', 'mime', 'body', 'extra'])
    link = 'https://secure.eu1.adobesign.com/public/esign?tsid=CBFCIBAA3AAABLblqZhA%s&' % m.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    blocks = ['<p style="font-size:20px;margin:0 0 14px 0;">Manuel Ortega Ruiz le solicita que firme Acuerdo de distribución 2027 – Agrosuministros Guadalquivir / Example Iberia</p>',
              '<p style="background:#f5f5f5;padding:12px;margin:0 0 14px 0;">«Katrin, os envío el acuerdo con los cambios que vimos en la reunión de '
              'Sevilla (volúmenes mínimos por trimestre y el anexo de logística desde Huelva). Lucía en copia. Saludos, Manuel»</p>',
              'Después de firmar, todas las partes recibirán una copia del acuerdo firmado.']
    html_t = tx_html(blocks=blocks, brand='Adobe Acrobat Sign', brand_color='#eb1000', button=('Revisar y firmar', link, '#1473e6'),
                     logo_html='<span style="font-size:17px;font-weight:bold;color:#eb1000;">Adobe Acrobat Sign</span>',
                     footer=['No reenvíe este mensaje de correo electrónico: si alguien más accede a él, puede firmar el documento en su nombre.',
                             'Adobe Inc. · 345 Park Avenue · San José, CA 95110-2704 · EE. UU.'], lang='es', font='adobe-clean,Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nRevisar y firmar: %s\n' % link
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine Adobe Acrobat Sign request from the Spanish distributor: 2027 distribution agreement for the Sales Director to sign.',
               'Adobe Sign EU infrastructure (DKIM adobesign.com), link to secure.eu1.adobesign.com, follows a meeting, office manager in Cc, '
               'Reply-To the customer\'s real address.',
               must_urls=[link],
               hard=([30], 'Adobe document notifications', 'Both from Adobe; the genuine is a signing workflow on adobesign.com after a meeting, '
                                                            'the attack a plain file share whose PDF links elsewhere.'))


@msg('business', 31, 'es', 'canva-catalogo-interno')
def b31(m):
    m.t = local('CET', 2026, 10, 27, 15, 3, 51)
    m.frm = ('Canva', 'no-reply@canva.com')
    m.to = [P('fernandez')]
    m.subject = 'Katrin Braun te ha invitado a editar «Catálogo 2027 – versión ES»'
    sysp = mta.SES(m, region='us-east-1', dkim_domain='canva.com', mailfrom_domain='mail.canva.com',
                   order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'])
    design = 'DAG%s' % m.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    link = 'https://www.canva.com/design/%s/%s/edit?utm_content=%s&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton' % (
        design, m.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), design)
    blocks = ['<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0;">Katrin Braun te ha invitado a editar un diseño</p>',
              '<p style="margin:0 0 12px 0;">katrin.braun@examplegroup.eu te ha invitado a editar <b>Catálogo 2027 – versión ES</b> en el equipo '
              '<b>Example Group Marketing</b>.</p>',
              '<p style="background:#f4f4f6;padding:12px;margin:0 0 12px 0;">«Lucía, ¿puedes revisar las páginas 4-9 (fichas de producto) y '
              'corregir lo que no suene natural en español? Las cifras de análisis no las toques. ¡Gracias!»</p>']
    html_t = tx_html(blocks=blocks, brand='Canva', brand_color='#7d2ae8', button=('Abrir diseño', link, '#8b3dff'),
                     footer=['Canva®, Level 1, 110 Kippax St, Surry Hills NSW 2010, Australia'], lang='es', font='"Canva Sans",Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nAbrir diseño: %s\n' % link
    root = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_upper=True)
    sysp.finish(root)
    m.describe('Genuine Canva invitation: the Sales Director asks the Spanish office manager to proof-read the Spanish 2027 product catalogue.',
               'Canva infrastructure (DKIM canva.com), sharer is a colleague in the company\'s Canva team, request is editing a catalogue — '
               'what Canva is used for — with no downloads or payments.',
               must_urls=[link],
               hard=([31], 'Canva share', 'Same platform and template; genuine: colleague, marketing catalogue, edit link; attack: outside '
                                          'contact, "accounting documents" with a button inside the design.'))


# ------------------------------------------------------------------ Greek

AGROEF_SRV = dict(server=AGROEF['server'], ip=AGROEF['ip'], client='outlook', dkim=(AGROEF['domain'], 'default'), zone='EET', lang='el')


@msg('business', 32, 'el', 'agroefodia-apodeiktiko-pliromis')
def b32(m):
    m.t = local('EET', 2026, 10, 22, 12, 41, 9)
    m.frm = AGROEF['acct']
    m.to = [P('georgiou')]
    m.subject = 'Αποδεικτικό πληρωμής – τιμολόγια ΤΔΑ 2026/0318 και 2026/0327'
    m.hdr_charset, m.hdr_enc = 'windows-1253', 'B'
    sysp = mta.EximCpanel(m, auth=AGROEF['acct'][1], client_ip='94.68.201.77', **AGROEF_SRV)
    from lib.company import AGROEF_PAYER_IBAN as payer
    pdf = doc_pdf(m, head='Piraeus Bank', head_sub=('Winbank Business – Transaction confirmation',),
                  meta=(('Reference', 'WB26102209418327'), ('Date', '22/10/2026 12:31'), ('Type', 'SEPA credit transfer')),
                  title='Transaction confirmation',
                  table=(('Field', 'Value'), [('Ordering party', 'AGROEFODIA THESSALIAS S.A.'), ('Debit account', ids.fmt_iban(payer)),
                                              ('Beneficiary', 'EXAMPLE HELLAS SINGLE MEMBER S.A.'), ('Beneficiary IBAN', ids.fmt_iban(ENT['GR']['iban'])),
                                              ('Beneficiary BIC', ENT['GR']['bic']), ('Amount', 'EUR 41,860.80'),
                                              ('Remittance information', 'TDA 2026/0318 2026/0327')], (170, 313), ('l', 'l')),
                  after=('This confirmation is issued electronically and does not require a signature.',),
                  footer=('Piraeus Bank S.A. · 4 Amerikis Str. · 10564 Athens · GEMI 225501000',),
                  creator='Winbank Business', producer='iText 7.2.5', color=(0.0, 0.35, 0.3))
    paras = ['Καλημέρα σας κύριε Γεωργίου,',
             'σας αποστέλλουμε συνημμένα το αποδεικτικό της τραπεζικής μεταφοράς ποσού 41.860,80 € για την εξόφληση των τιμολογίων '
             'ΤΔΑ 2026/0318 και 2026/0327 (παραδόσεις Σεπτεμβρίου).',
             'Παρακαλούμε για την ενημέρωση της καρτέλας μας και για την αποστολή αντιγράφου καρτέλας στο τέλος του μήνα.',
             'Ευχαριστούμε πολύ.']
    sig = 'Με εκτίμηση,\n\nΜαρία Τσιρογιάννη\nΛογιστήριο\nΑγροεφόδια Θεσσαλίας Α.Ε.\n3ο χλμ. Λάρισας – Φαρσάλων, 41500 Λάρισα\nΤηλ. 2410 625 330'
    plain_t, html_t = styles.outlook('el', paras, sig, charset='windows-1253')
    root = mixed(m, [alt(m, plain_t, html_t, charset='windows-1253', cte='quoted-printable'),
                     att(pdf, 'application/pdf', 'Piraeus_WB26102209418327.pdf', style='outlook', date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine payment advice from a Greek customer: bank transfer confirmation (Piraeus) for two invoices, PDF attached.',
               'Customer\'s own domain on its usual cPanel host (DKIM/SPF pass), money flows to Example Hellas\' known IBAN, references real invoices, '
               'no request to change anything.',
               phones=['2410 625 330'],
               hard=([32], 'Greek payments / refunds', 'Genuine incoming payment confirmation; the attack promises an AADE refund against TAXISnet credentials.'))


@msg('business', 33, 'el', 'exchange-quota-warning-el')
def b33(m):
    m.t = local('EET', 2026, 11, 3, 4, 2, 10)
    m.frm = ('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com')
    m.to = [P('papadopoulou')]
    m.subject = 'Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.'
    sysp = mta.ExchangeSystem(m, server='EXCH02', lang='el-GR')
    html_t = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
              '<table style="width:100%;font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;color:#000">\n'
              '<tr><td style="font-size:18px;padding-bottom:10px">Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.</td></tr>\n'
              '<tr><td><table style="width:380px;border:1px solid #a6a6a6"><tr><td style="width:92%;background:#e8a100;height:14px"></td><td></td></tr></table></td></tr>\n'
              '<tr><td style="padding-top:8px">1,84 GB &nbsp;&nbsp;&nbsp;&nbsp; 2 GB</td></tr>\n'
              '<tr><td style="padding-top:14px">Το γραμματοκιβώτιό σας έχει σχεδόν φτάσει το όριο αποθήκευσης. Ενδέχεται να μην μπορείτε να '
              'στείλετε ή να λάβετε νέα μηνύματα μόλις γεμίσει. Για να ελευθερώσετε χώρο, διαγράψτε στοιχεία που δεν χρειάζεστε από το '
              'γραμματοκιβώτιό σας και αδειάστε τον φάκελο "Διαγραμμένα".</td></tr>\n'
              '<tr><td style="padding-top:14px;font-size:12px;color:#666">Μήνυμα από το Microsoft Exchange Server. Για αύξηση του ορίου '
              'επικοινωνήστε με το τμήμα IT (εσωτ. 154).</td></tr>\n</table>\n</body>\n</html>\n')
    root = html(html_t, 'utf-8', 'base64')
    sysp.finish(root)
    m.describe('Genuine Exchange 2019 mailbox-quota warning in Greek (1.84 of 2 GB), generated by the organisation\'s own Exchange server.',
               'Comes from the Exchange system mailbox of example.com via mail-int01 with null Return-Path, localised system template, '
               'no link, tells the user to delete items or call IT.',
               hard=([33], 'Mailbox quota warning', 'Genuine system message from inside the org without link; the attack comes from an '
                                                    'outside domain and links to a fake OWA "upgrade".'))


@msg('business', 34, 'el', 'acs-apostoli-kath-odon')
def b34(m):
    m.t = local('EET', 2026, 11, 25, 17, 20, 3)
    m.frm = ('ACS Courier', 'noreply@acscourier.net')
    m.to = [P('papadopoulou')]
    m.subject = 'ACS Courier: Η αποστολή σας 7284519036 είναι καθ\' οδόν'
    sysp = mta.Platform(m, host='mail2.acscourier.net', ip='83.235.69.%d' % m.rng.randint(20, 90), dkim=[('acscourier.net', 'acs1')],
                        mailfrom='noreply@acscourier.net', zone='EET', msgid_fmt='<{guid}@acscourier.net>', bstyle='hex',
                        order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'])
    url = 'https://www.acscourier.net/el/track-and-trace/?trackingNumber=7284519036'
    blocks = ['Αγαπητέ πελάτη,',
              'η αποστολή με αριθμό <b>7284519036</b> από <b>ΑΓΡΟΕΦΟΔΙΑ ΘΕΣΣΑΛΙΑΣ Α.Ε.</b> (Λάρισα) παραλήφθηκε και αναμένεται να '
              'παραδοθεί αύριο, <b>26/11/2026</b>, στη διεύθυνση ΒΙ.ΠΕ. Σίνδου, Οδός 12.',
              'Περιεχόμενο: έγγραφα (1 φάκελος). Δεν απαιτείται καμία πληρωμή.',
              'Μπορείτε να παρακολουθείτε την αποστολή στην ιστοσελίδα μας με τον αριθμό αποστολής.']
    html_t = tx_html(blocks=blocks, brand='ACS Courier', brand_color='#e30613', button=('Εντοπισμός αποστολής', url, '#e30613'),
                     footer=['ACS Courier Α.Ε.Ε. · Κηφισίας 118 · 115 26 Αθήνα · Τηλ. 210 81 90 000'], lang='el')
    plain_t = styles.html_to_text(html_t) + '\n\nΕντοπισμός αποστολής: %s\n' % url
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine ACS Courier tracking notice: an envelope of documents from the Larisa customer is on its way, delivery tomorrow.',
               'Courier\'s own domain acscourier.net with DKIM, tracking link on acscourier.net, sender is a known customer, explicitly no payment.',
               phones=['210 81 90 000'], must_urls=[url],
               hard=([34], 'Courier delivery notice', 'Genuine tracking mail with a normal link and no fee; the quishing mail demands a '
                                                      're-delivery fee via a QR code from a look-alike domain.'))


@msg('business', 35, 'el', 'agroefodia-prosklisi-synantisis')
def b35(m):
    m.t = local('EET', 2026, 12, 2, 10, 44, 30)
    m.frm = AGROEF['person']
    m.to = [P('papadopoulou')]
    m.cc = [P('braun')]
    m.subject = 'Πρόσκληση: Προγραμματισμός παραγγελιών άνοιξης 2027 – Λάρισα'
    m.hdr_charset, m.hdr_enc = 'utf-8', 'B'
    sysp = mta.EximCpanel(m, auth=AGROEF['person'][1], client_ip='94.68.201.77', **AGROEF_SRV)
    desc = ('Καλημέρα Ελένη,\n\nσας προτείνω να συναντηθούμε στα γραφεία μας στη Λάρισα για τον προγραμματισμό των παραγγελιών άνοιξης 2027 '
            '(NPK 15-15-15, 20-10-10 και θειικό κάλιο), καθώς και για τις ημερομηνίες παράδοσης από τη Σίνδο. '
            'Αν μπορεί να έρθει και η κα Braun, θα ήταν ιδανικό για να κλείσουμε και τις τιμές.\n\n'
            'Διεύθυνση: 3ο χλμ. Λάρισας – Φαρσάλων, 41500 Λάρισα\n\nΜε εκτίμηση,\nΚωνσταντίνος Μπαλτάς\nΥπεύθυνος Αγορών\nΑγροεφόδια Θεσσαλίας Α.Ε.\nΤηλ. 2410 625 330')
    start = local('EET', 2026, 12, 15, 11, 0, 0)
    end = local('EET', 2026, 12, 15, 12, 30, 0)
    fmt = lambda t: t.strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0', 'BEGIN:VEVENT',
             'ORGANIZER;CN=Κωνσταντίνος Μπαλτάς:mailto:k.baltas@agroefodia-thessalias.gr',
             'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Eleni Papadopoulou:mailto:eleni.papadopoulou@example.com',
             'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Braun:mailto:katrin.braun@examplegroup.eu',
             'DESCRIPTION;LANGUAGE=el-GR:' + ics_escape(desc), 'UID:040000008200E00074C5B7101A82E00800000000%s' % m.hex(48, True),
             'SUMMARY;LANGUAGE=el-GR:Προγραμματισμός παραγγελιών άνοιξης 2027', 'DTSTART:' + fmt(start), 'DTEND:' + fmt(end),
             'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + fmt(m.t), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
             'LOCATION;LANGUAGE=el-GR:Αγροεφόδια Θεσσαλίας\\, 3ο χλμ. Λάρισας – Φαρσάλων',
             'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
             'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'
    plain_t, html_t = styles.outlook('el', desc.split('\n\n'), None, charset='utf-8')
    cal = mime.Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST'), ('Content-Transfer-Encoding', 'base64')],
                    mime.b64_encode(ics.encode('utf-8')))
    root = mime.multipart('alternative', [plain(plain_t, 'utf-8', 'quoted-printable'), html(html_t, 'utf-8', 'quoted-printable'), cal], sysp.boundary(0))
    sysp.finish(root)
    m.describe('Genuine meeting request (Outlook iCalendar REQUEST) from the Greek customer for spring 2027 order planning at their office in Larisa.',
               'Customer\'s own domain and host, in-person meeting with address, invites the sales director, no links or codes.',
               phones=['2410 625 330'],
               hard=([9], 'Meeting invitations (iCalendar)', 'Genuine physical meeting invite; the attack hides a device-login code in a Teams invite.'))


@msg('business', 36, 'el', 'dropbox-peiramata-agrou')
def b36(m):
    m.t = local('EET', 2026, 12, 9, 13, 5, 44)
    m.frm = ('Dropbox', 'no-reply@dropbox.com')
    m.reply_to = AGROTRIALS['person']
    m.to = [P('papadopoulou')]
    m.subject = 'Ο Γεώργιος Καραγιάννης σάς προσκάλεσε στον φάκελο «Πειράματα αγρού 2026 – Example Hellas»'
    sysp = mta.Platform(m, host='mail-sender-12.dropbox.com', ip='162.125.6.12', dkim=[('dropbox.com', 'corp')],
                        mailfrom='bounces+%s@em-s.dropbox.com' % m.hex(12), zone='UTC', msgid_fmt='<{hex32}@dropbox.com>',
                        order=['date', 'from', 'replyto', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'], bstyle='hex')
    link = 'https://www.dropbox.com/scl/fo/%s/%s?rlkey=%s&st=%s&dl=0' % (
        m.alnum(21, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(21, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
        m.alnum(25, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    blocks = ['<p style="font-size:19px;margin:0 0 14px 0;">Ο Γεώργιος Καραγιάννης (g.karagiannis@agro-trials.gr) σάς προσκάλεσε να δείτε τον '
              'φάκελο «Πειράματα αγρού 2026 – Example Hellas» στο Dropbox.</p>',
              '<p style="background:#f7f5f2;padding:12px;margin:0 0 14px 0;">«Ελένη, στον φάκελο θα βρεις τα τελικά αποτελέσματα των πειραμάτων '
              'στο βαμβάκι και στο σκληρό σιτάρι (Θεσσαλία, 4 τοποθεσίες), τις φωτογραφίες και τα φύλλα αναλύσεων. Τα συζητάμε στη συνάντηση '
              'της Πέμπτης. Γιώργος»</p>']
    html_t = tx_html(blocks=blocks, brand='Dropbox', brand_color='#0061fe', button=('Προβολή φακέλου', link, '#0061fe'),
                     footer=['© 2026 Dropbox · 1800 Owens St, San Francisco, CA 94158'], lang='el', font='"Sharp Grotesk",Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nΠροβολή φακέλου: %s\n' % link
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine Dropbox folder share from the agronomy consultant who runs Example Hellas\' field trials (results, photos, analyses).',
               'Dropbox infrastructure, known consultant, folder of trial data matching an ongoing project and an agreed meeting, no payment or deadline.',
               must_urls=[link],
               hard=([36], 'Dropbox share', 'Genuine: known consultant, trial data; attack: unknown "accountant", tax settlement with payment deadline.'))


# ------------------------------------------------------------------ Russian

@msg('business', 37, 'ru', 'uralkhimtorg-akt-sverki-9m')
def b37(m):
    m.t = local('MSK', 2026, 10, 13, 15, 22, 7)
    m.frm = URALKT['buh']
    m.to = [P('volkov')]
    m.subject = 'Акт сверки за 9 месяцев 2026'
    sysp = mta.Yandex(m, client='outlook', client_ip='176.226.154.38')
    m.msgid = '<003d01dd4b27$5c1e9a80$14d5cf80@uralkhimtorg.ru>'
    rows = [[('b', 'Дата'), ('b', 'Документ'), ('b', 'Дебет, руб.'), ('b', 'Кредит, руб.')],
            ['01.01.2026', 'Сальдо начальное', '', ('n2', 0.0)],
            ['14.03.2026', 'УПД № 212 (калий хлористый, 1 200 т)', '', ('n2', 21480000.0)],
            ['28.03.2026', 'Платёжное поручение № 1184', ('n2', 21480000.0), ''],
            ['19.06.2026', 'УПД № 588 (карбамид, 800 т)', '', ('n2', 26240000.0)],
            ['03.07.2026', 'Платёжное поручение № 2217', ('n2', 26240000.0), ''],
            ['22.09.2026', 'УПД № 903 (калий хлористый, 600 т)', '', ('n2', 11160000.0)],
            ['30.09.2026', 'Сальдо конечное (задолженность ООО «Экзампл Рус»)', '', ('bn2', 11160000.0)]]
    x = archive.xlsx([('Акт сверки', rows, [12, 52, 16, 16])], creator='Бухгалтерия', company='ООО «УралХимТорг»')
    paras = ['Дмитрий, добрый день!',
             'Направляем акт сверки взаимных расчётов за 9 месяцев 2026 г. (01.01.2026–30.09.2026) в формате Excel. По нашим данным на 30.09 '
             'задолженность в нашу пользу 11 160 000,00 руб. по УПД № 903, срок оплаты по договору – 22.10.2026.',
             'Просим проверить и подписать; подписанный с нашей стороны экземпляр направим через Диадок.']
    sig = 'С уважением,\nМарина Сергеевна Лыкова\nглавный бухгалтер ООО «УралХимТорг»\nтел. +7 343 286-14-52'
    plain_t, html_t = styles.outlook('ru', paras, sig, charset='windows-1251')
    root = mixed(m, [alt(m, plain_t, html_t, charset='windows-1251', cte='quoted-printable'),
                     att(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Акт_сверки_9м_2026_ЭкзамплРус.xlsx', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine reconciliation statement (акт сверки) for nine months from the Russian potash/urea supplier, XLSX attached.',
               'Supplier\'s Yandex 360 mailbox used from Outlook as usual (DKIM/SPF pass), figures match deliveries and payments, plain spreadsheet, '
               'signed copy via the EDI system.',
               phones=['+7 343 286-14-52'],
               hard=([37], 'Reconciliation act from the supplier', 'This is the thread the attacker later hijacks: genuine = Outlook, XLSX; '
                                                                   'attack = webmail from a foreign IP, password ZIP with a disguised .scr.'))


@msg('business', 38, 'ru', 'diadok-novyi-dokument')
def b38(m):
    m.t = local('MSK', 2026, 10, 30, 17, 48, 22)
    m.frm = ('Контур.Диадок', 'noreply@diadoc.kontur.ru')
    m.to = [P('volkov')]
    m.subject = 'Новый документ от ООО «УралХимТорг»: УПД № 1071 от 30.10.2026'
    sysp = mta.Platform(m, host='smtp-out4.kontur.ru', ip='46.17.200.%d' % m.rng.randint(20, 80), dkim=[('kontur.ru', 'dkim2025')],
                        mailfrom='bounce@diadoc.kontur.ru', zone='MSK', msgid_fmt='<{guid}@diadoc.kontur.ru>', bstyle='hex',
                        order=['date', 'from', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'])
    url = 'https://diadoc.kontur.ru'
    blocks = ['Здравствуйте!',
              'В ящик организации <b>ООО «Экзампл Рус»</b> поступил документ от <b>ООО «УралХимТорг»</b> (ИНН %s):' % URALKT['inn'],
              '<p style="background:#f1f5f9;padding:10px 14px;margin:0 0 14px 0;">УПД № 1071 от 30.10.2026 — 6 138 000,00 руб.<br />Требуется подпись получателя</p>',
              'Чтобы просмотреть и подписать документ, войдите в Диадок по адресу diadoc.kontur.ru.',
              '<p style="font-size:12px;color:#777777;">Вы получили это письмо, потому что подписаны на уведомления о входящих документах. '
              'Настроить уведомления можно в разделе «Настройки».</p>']
    html_t = tx_html(blocks=blocks, brand='Диадок', brand_color='#1a7ec7', button=('Открыть Диадок', url, '#1a7ec7'),
                     footer=['АО «ПФ «СКБ Контур» · 620144, Екатеринбург, ул. Народной воли, 19а · Техподдержка: 8 800 500-10-18'], lang='ru')
    plain_t = styles.html_to_text(html_t) + '\n\n%s\n' % url
    root = alt(m, plain_t, html_t, charset='utf-8', cte='base64')
    sysp.finish(root)
    m.describe('Genuine Kontur.Diadok notification: a UPD from the supplier awaits the recipient\'s signature.',
               'Kontur\'s own infrastructure (DKIM kontur.ru), link only to the real diadoc.kontur.ru start page, matches a real delivery, '
               'no artificial deadline.',
               phones=['8 800 500-10-18'], must_urls=[url],
               hard=([39], 'EDI (Diadok) notification', 'Genuine from kontur.ru to diadoc.kontur.ru; the phish uses diadoc-kontur.ru and an '
                                                         '"auto-rejection" deadline.'))


@msg('business', 39, 'ru', 'raiffeisen-vypiska-gotova')
def b39(m):
    m.t = local('MSK', 2026, 12, 1, 7, 5, 0)
    m.frm = ('Райффайзенбанк', 'noreply@raiffeisen.ru')
    m.to = [P('volkov')]
    m.subject = 'Выписка по счёту за ноябрь 2026 г. сформирована'
    sysp = mta.Platform(m, host='mail-out2.raiffeisen.ru', ip='195.209.34.%d' % m.rng.randint(20, 80), dkim=[('raiffeisen.ru', 'rbr')],
                        mailfrom='noreply@raiffeisen.ru', zone='MSK', msgid_fmt='<{ms}.{d8}@raiffeisen.ru>', bstyle='java',
                        order=['date', 'from', 'to', 'subject', 'msgid', 'mime', 'body', 'extra'])
    body = ('Уважаемый клиент!\n\n'
            'Выписка по счёту ****8274 (ООО «Экзампл Рус») за период 01.11.2026–30.11.2026 сформирована и доступна в системе '
            'Райффайзен Бизнес Онлайн в разделе «Выписки».\n\n'
            'Банк никогда не запрашивает по электронной почте логины, пароли, коды подтверждения и не просит установить программы '
            'удалённого доступа.\n\n'
            'С уважением,\nАО «Райффайзенбанк»\nКонтакт-центр для бизнеса: 8 800 700-91-00\n')
    root = plain(body, 'koi8-r', 'quoted-printable')
    sysp.finish(root)
    m.describe('Genuine bank notification: the November account statement is available in Raiffeisen Business Online.',
               'Bank\'s own relay (DKIM raiffeisen.ru), masked account number, no link, security reminder, information only.',
               phones=['8 800 700-91-00'],
               hard=([40], 'Raiffeisen business banking', 'Genuine: masked account, no link; attack: full account number, 115-FZ '
                                                          'restriction threat and a look-alike login link.'))


@msg('business', 40, 'ru', 'translogistik-schet-qr')
def b40(m):
    m.t = local('MSK', 2026, 12, 7, 14, 31, 50)
    m.frm = TRANSLOG['person']
    m.to = [P('volkov')]
    m.cc = [P('smirnova')]
    m.subject = 'Счёт № 2418 от 07.12.2026 за экспедирование (ноябрь)'
    sysp = mta.MailRu(m, client_ip='95.24.187.206')
    net = 234688.52
    vat = round(net * 0.22, 2)
    gross = round(net + vat, 2)
    payload = ('ST00012|Name=ООО «ТрансЛогистик-М»|PersonalAcc=%s|BankName=АО «Альфа-Банк»|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=%s|'
               'Purpose=Оплата по счёту № 2418 от 07.12.2026 за экспедирование, в т.ч. НДС 22%% %s руб.|Sum=%d'
               % (TRANSLOG['account'], TRANSLOG['bic'], TRANSLOG['corr'], TRANSLOG['inn'], TRANSLOG['kpp'], eur(vat, 'ru').replace(' ', ''), int(round(gross * 100))))
    png = qr_png(m, payload, scale=3, ecl='M')
    cid = 'qr2418@translogistik-m.ru'
    m.meta['qr_png_names'] = ['qr_schet_2418.png']
    body_lines = ['Дмитрий, добрый день!',
                  'Направляю счёт № 2418 от 07.12.2026 за экспедирование вагонов с калием хлористым в ноябре (ст. Березники – ст. Новороссийск, 12 вагонов).',
                  'Сумма к оплате: %s руб., в т.ч. НДС 22 %% %s руб.\nПолучатель: ООО «ТрансЛогистик-М», ИНН %s, КПП %s\nр/с %s в %s\nБИК %s, к/с %s'
                  % (eur(gross, 'ru'), eur(vat, 'ru'), TRANSLOG['inn'], TRANSLOG['kpp'], TRANSLOG['account'], TRANSLOG['bank'], TRANSLOG['bic'], TRANSLOG['corr']),
                  'Ниже QR-код для оплаты из банковского приложения. УПД отправили через Диадок.',
                  'С уважением,\nИрина Козлова\nменеджер по работе с клиентами\nООО «ТрансЛогистик-М»\nтел. %s' % TRANSLOG['phone']]
    plain_t = '\n\n'.join(body_lines)
    html_t = ('<HTML><BODY><div>' + '</div><div>&nbsp;</div><div>'.join(styles.esc(p).replace('\n', '<br>') for p in body_lines[:4])
              + '</div><div><img src="cid:%s" alt="QR-код для оплаты"></div><div>&nbsp;</div><div>' % cid
              + styles.esc(body_lines[4]).replace('\n', '<br>') + '</div></BODY></HTML>')
    root = related(m, [alt(m, plain_t, html_t, charset='windows-1251', cte='quoted-printable'),
                       att(png, 'image/png', 'qr_schet_2418.png', style='generic', disposition='inline', cid=cid)], slot=2, typ='multipart/alternative')
    sysp.finish(root)
    m.describe('Genuine invoice from the Moscow freight forwarder for November rail forwarding, with bank details and a ГОСТ Р 56042 '
               '"ST00012" payment QR code inline.',
               'Known forwarder on VK WorkSpace/Mail.ru (DKIM pass), bank details in text and QR identical and valid (control key vs BIC), '
               'VAT 22 % as in force from 2026, UPD via Diadok.',
               phones=[TRANSLOG['phone']],
               hard=([38, 40], 'Russian counterparties and payments', 'Genuine invoice with consistent, checkable bank data; the attacks use '
                                                                      'free-mail legal threats or a fake bank restriction.'))
