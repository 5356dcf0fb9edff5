"""Attack messages 27-31 (Spanish)."""
import datetime as _dt

import docs
from company import VALLES as SV, OFFICES, who
from idcheck import pt_iban, group4, bech32_address
from mime import plain, html, alt, mixed, attachment, Leaf
from mk import ol_html, ol_paras, esc, gm_html, para_html
from spec import message
from systems import Direct, Zoho, Brevo, GoogleNotify
from util import rhex, ralnum, rdigits, fmt_date

NIF = OFFICES['ES']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 27
@message('attack', 27, 'es', 'dehu-notificacion-aeat-descarga')
def a27(s):
    s.sent('2026-10-29 10:05:13', 'ES')
    s.frm = ('Agencia Tributaria - Notificaciones', 'notificaciones@dehu-aeat.es')
    s.to = [who('javier.navarro')]
    s.subject = 'Aviso de notificación pendiente de comparecencia - NIF %s' % NIF
    ref = 'NTF-2026-%s' % rdigits(s.rng, 7)
    url = 'https://dehu-notificaciones.com/consulta/notificacion?ref=%s&nif=%s' % (ref, NIF)
    text = ("AGENCIA TRIBUTARIA\nDirección Electrónica Habilitada única (DEHú)\n\n"
            "Estimado/a contribuyente:\n\nLe informamos de que tiene a su disposición una notificación de la "
            "Agencia Estatal de Administración Tributaria para el titular EXAMPLE CABLES IBERICA SL (NIF %s).\n\n"
            "Referencia: %s\nProcedimiento: Requerimiento de información - Modelo 303, 3T 2026\n"
            "Fecha de puesta a disposición: 29/10/2026\n\n"
            "Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la "
            "notificación se entenderá practicada a todos los efectos (art. 43 Ley 39/2015).\n\n"
            "Consultar la notificación: %s\n\n"
            "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.\n" % (NIF, ref, url))
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
         '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">'
         '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#ad1519;height:6px"></td></tr>'
         '<tr><td style="padding:14px 0"><b style="font-size:16px;color:#ad1519">Agencia Tributaria</b><br>'
         '<span style="color:#666">Dirección Electrónica Habilitada única (DEHú)</span></td></tr><tr><td>'
         + para_html(text.split('\n\n', 2)[2].replace('Consultar la notificación: %s' % url, 'BTN'), style='margin:0 0 10px 0').replace(
             '<p style="margin:0 0 10px 0">BTN</p>',
             '<p><a href="%s" style="background:#ad1519;color:#fff;padding:9px 20px;text-decoration:none">Consultar la notificación</a></p>' % esc(url))
         + '</td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'iso-8859-1', 'quoted-printable'), html(h, 'iso-8859-1', 'quoted-printable'))
    s.system = Direct('mail.dehu-aeat.es', 'vmi2214871.contaboserver.net', '192.0.2.57', style='generic', spf='pass',
                      zone='ES', mid_domain='dehu-aeat.es', dkim=('dehu-aeat.es', 'mail'),
                      desc='attacker VPS (Postfix) mail.dehu-aeat.es [192.0.2.57]',
                      order=('Date', 'From', 'To', 'Subject', 'Message-ID', 'MIME-Version'))
    s.what = 'DEHú notice of a pending tax notification (information request on Modelo 303) with a 10-day deadline and a "consult" link.'
    s.why = 'Tax-authority impersonation: look-alike domain dehu-aeat.es from a VPS, link to dehu-notificaciones.com which serves a ZIP/MSI (banking trojan); real DEHú notices come from correo.gob.es and point to dehu.redsara.es (business/27).'


# ------------------------------------------------------------------------------------------------ 28
@message('attack', 28, 'es', 'bec-cfo-lookalike-zoho-transferencia')
def a28(s):
    s.sent('2026-11-13 12:48:40', 'ES')
    s.frm = ('Sabine Krüger', 'sabine.krueger@examplegroup-eu.com')
    s.to = [who('javier.navarro')]
    s.subject = 'Transferencia urgente - confidencial'
    iban = pt_iban('0033', '0000', '45318274601')
    text = ("Hola Javier,\n\n¿Estás en la oficina? Necesito que gestiones hoy una transferencia urgente desde la "
            "cuenta de Example Cables Ibérica en CaixaBank. Es el anticipo para la adquisición de una línea de "
            "extrusión de segunda mano en Portugal que estamos cerrando con la dirección; el vendedor tiene otra "
            "oferta y necesitamos asegurar la exclusividad antes de las 16:00.\n\n"
            "Importe: 87.400,00 EUR\nBeneficiário: Extrusão Lusitana Equipamentos Lda\nIBAN: %s\n"
            "BIC: BCOMPTPL (Millennium BCP)\nConcepto: Anticipo contrato 2026/PT/114\n\n"
            "Es confidencial hasta que se anuncie internamente, así que por favor no lo comentes con nadie de la "
            "oficina. Mándame el justificante en cuanto esté hecha. Estoy en reuniones todo el día, mejor por "
            "correo.\n\nGracias,\n\nSabine Krüger\nCFO | Example Group\n" % group4(iban))
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'),
                 html('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>'
                      + esc(text).replace('\n', '<br>') + '</div></div>\n', 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = Zoho()
    s.what = '"CFO Sabine Krüger" asks the Spanish accountant for an urgent, confidential 87.400 EUR transfer to a Portuguese account for an equipment deal.'
    s.why = 'BEC/CEO fraud: look-alike domain examplegroup-eu.com (real: examplegroup.eu) hosted at Zoho Mail (SPF/DKIM pass for the fake domain), urgency, secrecy, e-mail-only, beneficiary account in Portugal; a genuine CFO request comes from the internal Exchange (business/28).'


# ------------------------------------------------------------------------------------------------ 29
@message('attack', 29, 'es', 'sextorsion-bitcoin-spoof-propio')
def a29(s):
    s.sent('2026-11-06 03:17:55', 'VN')
    s.frm = ('', 'javier.navarro@example.com')
    s.to = [('', 'javier.navarro@example.com')]
    s.subject = 'Tu cuenta ha sido comprometida - lee esto antes de que sea tarde'
    prog = bytes(s.rng.getrandbits(8) for _ in range(20))
    wallet = bech32_address(prog)
    s.wallets = [wallet]
    text = ("Hola,\n\nComo habrás notado, te he enviado este correo desde tu propia cuenta. Eso significa que tengo "
            "acceso total a tu dispositivo.\n\nHace unos meses instalé un programa espía a través de una web para "
            "adultos que visitaste. Desde entonces grabo la pantalla y la cámara. Tengo un vídeo tuyo muy "
            "comprometido y la lista completa de tus contactos, compañeros de trabajo y familiares.\n\n"
            "Te propongo un trato: transfiere 1450 USD en Bitcoin (BTC) a esta dirección:\n\n%s\n\n"
            "Si no sabes cómo, busca en Google \"comprar bitcoin\". Tienes 48 horas desde que abras este correo "
            "(tengo un píxel que me avisa). Cuando reciba el pago borraré todo y no volverás a saber de mí. Si no "
            "pagas, el vídeo se enviará a todos tus contactos.\n\nNo respondas a este mensaje, no sirve de nada.\n" % wallet)
    s.body = plain(text, 'utf-8', 'base64')
    s.system = Direct('[127.0.0.1]', 'static.vnpt.vn', '14.162.144.97', style='generic', spf='fail', zone='VN',
                      mid_domain='example.com', desc='botnet host (residential/ISP IP), direct to MX, spoofed envelope',
                      order=('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'), tls=False)
    s.what = 'Sextortion e-mail "sent from your own account" demanding 1450 USD in Bitcoin within 48 hours.'
    s.why = 'Mass extortion scam: From/envelope spoof the recipient\'s own address (SPF fail, DMARC fail), sent from a Vietnamese ISP address with HELO [127.0.0.1], Bitcoin wallet, threats; no real compromise.'


# ------------------------------------------------------------------------------------------------ 30
@message('attack', 30, 'es', 'verifactu-certificado-msi-brevo')
def a30(s):
    s.sent('2026-12-04 09:02:26', 'ES')
    s.frm = ('Soporte VERI*FACTU', 'avisos@verifactu-certificacion.es')
    s.to = [who('javier.navarro')]
    s.cc = [who('laura.martinez')]
    s.rcpt = ['javier.navarro@example.com']
    s.subject = 'Obligatorio: instale el certificado VERI*FACTU antes del 1 de enero de 2027'
    url = 'https://verifactu-certificacion.es/descargas/VeriFactu_Certificado_Instalador_2026.msi?c=%s' % rhex(s.rng, 12)
    text = ("Estimado cliente:\n\nA partir del 1 de enero de 2027 todas las sociedades sujetas al Impuesto sobre "
            "Sociedades deberán emitir sus facturas con un Sistema Informático de Facturación adaptado al Reglamento "
            "VERI*FACTU (Real Decreto 1007/2023).\n\nSegún nuestros registros, el equipo desde el que factura "
            "EXAMPLE CABLES IBERICA SL todavía no tiene instalado el certificado de remisión VERI*FACTU. Sin él, "
            "las facturas emitidas a partir de esa fecha no tendrán validez y podrán conllevar sanciones de hasta "
            "50.000 EUR por ejercicio.\n\nDescargue e instale el certificado (Windows, 2 minutos):\n%s\n\n"
            "Si utiliza varios equipos, repita la instalación en cada uno.\n\nAtentamente,\nDepartamento de "
            "Soporte VERI*FACTU\n" % url)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f6f7f9">'
         '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-top:5px solid #c8102e">'
         '<tr><td style="padding:20px 26px"><p style="font-size:20px;font-weight:bold">VERI*FACTU &middot; Aviso obligatorio</p>'
         + para_html(text.replace('Descargue e instale el certificado (Windows, 2 minutos):\n%s' % url, 'BTN')).replace(
             'BTN', '<a href="%s" style="background:#c8102e;color:#fff;padding:11px 22px;text-decoration:none;font-weight:bold">Descargar certificado VERI*FACTU</a>' % esc(url))
         + '</td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.extra_headers = [('List-Unsubscribe', '<https://verifactu-certificacion.es/baja?u=%s>' % rhex(s.rng, 20))]
    s.system = Brevo(dkim_domain='verifactu-certificacion.es')
    s.what = '"VERI*FACTU support" says the company must install a remittance certificate before 1 January 2027 or its invoices will be invalid; download link to an .msi.'
    s.why = 'Malware lure on the VERI*FACTU e-invoicing deadline: no such certificate exists, unknown sender domain via Brevo, fines threat, direct link to an MSI installer; the software vendor\'s genuine newsletter is business/30.'


# ------------------------------------------------------------------------------------------------ 31
@message('attack', 31, 'es', 'sumelvalles-google-drive-abuso')
def a31(s):
    s.sent('2026-11-27 11:19:05', 'ES')
    s.frm = ('Xavier Roca (vía Google Drive)', 'drive-shares-dm-noreply@google.com')
    s.reply_to = [('Xavier Roca', 'xavier.roca@sumelvalles.es')]
    s.to = [who('laura.martinez')]
    s.subject = 'Documento compartido contigo: "Pedido SEV-2026-1129 y condiciones de pago 2027.pdf"'
    fid = '1' + ralnum(s.rng, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    url = 'https://drive.google.com/file/d/%s/view?usp=sharing_eil_se_dm&ts=%s' % (fid, rhex(s.rng, 8))
    text = ("Xavier Roca ha compartido el siguiente documento:\n\n"
            "Pedido SEV-2026-1129 y condiciones de pago 2027.pdf\n%s\n\n"
            "\"Buenos días Laura, te paso el pedido de diciembre y las nuevas condiciones de pago para 2027, "
            "revisa la página 2 por favor. Un saludo\"\n\n"
            "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
            "Has recibido este correo electrónico porque Xavier Roca ha compartido un documento contigo desde "
            "Google Drive.\n" % url)
    h = ('<!doctype html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         '<body style="margin:0;padding:0;background:#fff"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
         '<tr><td align="center" style="padding:24px"><table role="presentation" width="480" style="font-family:Google Sans,Roboto,Arial,sans-serif;color:#202124">'
         '<tr><td style="font-size:18px;padding-bottom:16px">Xavier Roca ha compartido un documento</td></tr>'
         '<tr><td style="padding:8px 0"><table><tr><td><img src="https://lh3.googleusercontent.com/a/default-user=s40" width="40" height="40" style="border-radius:50%" alt=""></td>'
         '<td style="padding-left:12px;font-size:14px;color:#3c4043">Xavier Roca (xavier.roca@sumelvalles.es) te ha invitado a ver el siguiente documento:</td></tr></table></td></tr>'
         '<tr><td style="font-size:14px;color:#3c4043;padding:10px 0;border-left:3px solid #dadce0;padding-left:12px">Buenos días Laura, te paso el pedido de diciembre y las nuevas condiciones de pago para 2027, revisa la página 2 por favor. Un saludo</td></tr>'
         '<tr><td style="padding:16px 0"><a href="' + esc(url) + '" style="display:inline-block;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;color:#202124;text-decoration:none;font-size:14px">'
         '<img src="https://ssl.gstatic.com/docs/doclist/images/mediatype/icon_3_pdf_x32.png" width="20" height="20" alt="" style="vertical-align:middle"> '
         'Pedido SEV-2026-1129 y condiciones de pago 2027.pdf</a></td></tr>'
         '<tr><td><a href="' + esc(url) + '" style="background:#0b57d0;color:#fff;border-radius:18px;padding:9px 24px;text-decoration:none;font-size:14px">Abrir</a></td></tr>'
         '<tr><td style="font-size:12px;color:#5f6368;padding-top:28px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>'
         'Has recibido este correo electrónico porque Xavier Roca ha compartido un documento contigo desde Google Drive.</td></tr>'
         '</table></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = GoogleNotify('drive', zone='ES')
    s.what = 'Google Drive share notification: customer\'s commercial director shares "Pedido SEV-2026-1129 y condiciones de pago 2027.pdf" with a note to check page 2.'
    s.why = 'Real Google Drive share (google.com DKIM, all checks pass) from the customer\'s compromised Google Workspace account; the shared PDF carries a link to a credential/bank-change page. Compare the genuine share from the same customer in business/29 (purchasing, normal order, no payment-terms change).'
