"""Genuine messages 27-31 (Spanish)."""
import datetime as _dt

import docs
import plat
from company import VALLES as SV, CASALS as CA, OFFICES, who
from mime import plain, html, alt, mixed, attachment
from mk import ol_html, ol_paras, esc, para_html
from spec import message
from systems import Internal, GoogleNotify, Mailchimp, M365
from util import rhex, ralnum, rdigits

NIF = OFFICES['ES']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 27
@message('business', 27, 'es', 'dehu-aviso-puesta-disposicion')
def b27(s):
    s.sent('2026-11-04 08:17:52', 'ES')
    s.frm = ('DEHú - Dirección Electrónica Habilitada única', 'notificaciones.dehu@correo.gob.es')
    s.to = [who('javier.navarro')]
    s.subject = 'Aviso de puesta a disposición de notificación - DEHú'
    text = ("Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica "
            "Habilitada única (DEHú).\n\nTitular: EXAMPLE CABLES IBERICA SL (%s)\nOrganismo emisor: Agencia Estatal "
            "de Administración Tributaria\nConcepto: Comunicación - Modelo 303, 3T 2026\nFecha de puesta a "
            "disposición: 04/11/2026\n\nPuede acceder a la notificación en https://dehu.redsara.es identificándose con "
            "certificado electrónico o Cl@ve, o a través de la Sede electrónica de la Agencia Tributaria.\n\n"
            "Este correo electrónico es meramente informativo; la notificación se practica en la DEHú y no en este "
            "mensaje, que no contiene ningún enlace de descarga.\n\nSecretaría General de Administración Digital\n" % NIF)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
         '<body style="font-family:Arial,sans-serif;font-size:13px;color:#222"><div style="border-bottom:2px solid #c00;padding:8px 0;margin-bottom:12px">'
         '<b>GOBIERNO DE ESPAÑA</b> &middot; Dirección Electrónica Habilitada única</div>'
         + para_html(text, {'https://dehu.redsara.es': 'https://dehu.redsara.es'}) + '</body></html>\n')
    s.body = alt(plain(text, 'iso-8859-1', 'quoted-printable'), html(h, 'iso-8859-1', 'quoted-printable'))
    s.system = plat.own_mta('smtp-out3.correo.gob.es', '198.51.100.61', 'correo.gob.es', 'sgad2025', 'ES',
                            'SGAD government mail relay (smtp-out3.correo.gob.es [198.51.100.61]), DKIM d=correo.gob.es',
                            style='java', env='noreply-dehu@correo.gob.es', inner='dehu-notif02')
    s.what = 'DEHú notice that a tax notification (Modelo 303, Q3) is available, to be opened on dehu.redsara.es with certificate/Cl@ve.'
    s.why = 'Genuine government notice from correo.gob.es (DKIM), purely informative, points to the official dehu.redsara.es portal with strong authentication, explicitly contains no download link.'
    s.pair = ['27-es-dehu-notificacion-aeat-descarga.eml', '17-it-agenzia-entrate-irregolarita-zip.eml']
    s.pair_topic = 'tax-authority notification: genuine DEHú notice (official portal, certificate/Cl@ve, no download) vs. look-alike notices with download links (ES, IT)'


# ------------------------------------------------------------------------------------------------ 28
@message('business', 28, 'es', 'cfo-interna-cierre-noviembre')
def b28(s):
    s.sent('2026-12-03 10:06:14', 'DE')
    s.frm = who('sabine.krueger')
    s.to = [who('javier.navarro')]
    s.subject = 'Cierre de noviembre - ¿me lo puedes mandar hoy?'
    text = ("Hola Javier,\n\n¿podrías enviarme hoy antes de las 17:00 el cierre provisional de noviembre de Example "
            "Cables Ibérica y la conciliación bancaria de CaixaBank? Lo necesito para el reporting del grupo del "
            "lunes.\n\nSi todavía falta el inventario de bobinas del almacén de Barberà, mándalo como está y lo "
            "completamos la semana que viene. Como siempre, súbelo a la carpeta de SharePoint de consolidación.\n\n"
            "¡Gracias y un saludo!\nSabine\n\n--\nDr. Sabine Krüger\nCFO / Kaufmännische Geschäftsführerin\n"
            "Example Kabelwerke GmbH · Am Kabelwerk 12 · 51063 Köln\nTel. +49 221 96487-110\n")
    s.body = alt(plain(text, 'iso-8859-1', 'quoted-printable'),
                 html(ol_html(ol_paras(text), 'iso-8859-1', 'ES'), 'iso-8859-1', 'quoted-printable'))
    s.system = Internal('EXCH01', '10.20.12.44', lang='de-DE')
    s.what = 'Group CFO asks the Spanish accountant (in Spanish) for the provisional November close and bank reconciliation today.'
    s.why = 'Urgent but routine internal request through Exchange/mail-int01, no payment, normal reporting process (upload to the consolidation SharePoint), no secrecy.'
    s.pair = ['28-es-bec-cfo-lookalike-zoho-transferencia.eml']
    s.pair_topic = 'CFO writing to the Spanish accountant: genuine internal reporting request vs. look-alike domain transfer request'


# ------------------------------------------------------------------------------------------------ 29
@message('business', 29, 'es', 'sumelvalles-drive-prevision-compras')
def b29(s):
    s.sent('2026-11-16 12:44:03', 'ES')
    s.frm = ('Montserrat Vidal (vía Hojas de cálculo de Google)', 'drive-shares-dm-noreply@google.com')
    s.reply_to = [SV['people']['vidal'][:2]]
    s.to = [who('laura.martinez')]
    s.subject = 'Hoja de cálculo compartida contigo: "Previsión compras 2027 - Example Cables"'
    did = '1' + ralnum(s.rng, 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
    url = 'https://docs.google.com/spreadsheets/d/%s/edit?usp=sharing_eil_se_dm&ts=%s' % (did, rhex(s.rng, 8))
    text = ("Montserrat Vidal ha compartido la siguiente hoja de cálculo:\n\nPrevisión compras 2027 - Example Cables\n%s\n\n"
            "\"Hola Laura, como hablamos: previsión por trimestre de RZ1-K y H07Z1-K para 2027. Puedes comentar "
            "directamente en la hoja. Gracias!\"\n\n"
            "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
            "Has recibido este correo electrónico porque Montserrat Vidal ha compartido una hoja de cálculo contigo "
            "desde Hojas de cálculo de Google.\n" % url)
    h = ('<!doctype html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         '<body style="margin:0;padding:0;background:#fff"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
         '<tr><td align="center" style="padding:24px"><table role="presentation" width="480" style="font-family:Google Sans,Roboto,Arial,sans-serif;color:#202124">'
         '<tr><td style="font-size:18px;padding-bottom:16px">Montserrat Vidal ha compartido una hoja de cálculo</td></tr>'
         '<tr><td style="font-size:14px;color:#3c4043">Montserrat Vidal (montserrat.vidal@sumelvalles.es) te ha invitado a <b>editar</b> la siguiente hoja de cálculo:</td></tr>'
         '<tr><td style="font-size:14px;color:#3c4043;padding:10px 0 10px 12px;border-left:3px solid #dadce0">Hola Laura, como hablamos: previsión por trimestre de RZ1-K y H07Z1-K para 2027. Puedes comentar directamente en la hoja. Gracias!</td></tr>'
         '<tr><td style="padding:16px 0"><a href="' + esc(url) + '" style="display:inline-block;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;color:#202124;text-decoration:none;font-size:14px">'
         '<img src="https://ssl.gstatic.com/docs/doclist/images/mediatype/icon_1_spreadsheet_x32.png" width="20" height="20" alt="" style="vertical-align:middle"> Previsión compras 2027 - Example Cables</a></td></tr>'
         '<tr><td><a href="' + esc(url) + '" style="background:#0b57d0;color:#fff;border-radius:18px;padding:9px 24px;text-decoration:none;font-size:14px">Abrir</a></td></tr>'
         '<tr><td style="font-size:12px;color:#5f6368;padding-top:28px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>'
         'Has recibido este correo electrónico porque Montserrat Vidal ha compartido una hoja de cálculo contigo desde Hojas de cálculo de Google.</td></tr>'
         '</table></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = GoogleNotify('drive', zone='ES')
    s.what = 'Google Sheets share from the customer\'s purchasing contact: 2027 purchase forecast to comment on.'
    s.why = 'Genuine Google notification from the known buyer (Reply-To at sumelvalles.es), expected collaboration on a forecast, native Google Sheet (docs.google.com) with edit rights, no payment or banking topic.'
    s.pair = ['31-es-sumelvalles-google-drive-abuso.eml']
    s.pair_topic = 'Google Drive share from customer Sumelvalles: genuine forecast sheet vs. compromised account sharing a "payment terms" PDF'


# ------------------------------------------------------------------------------------------------ 30
@message('business', 30, 'es', 'factunet-newsletter-verifactu')
def b30(s):
    s.sent('2026-12-02 10:00:06', 'ES')
    s.frm = ('Factunet', 'novedades@factunet.es')
    s.to = [who('javier.navarro')]
    s.subject = 'VERI*FACTU: lo que cambia el 1 de enero y por qué no tienes que hacer nada'
    base = 'https://www.factunet.es'
    s.mc_uid, s.mc_lid = rhex(s.rng, 25), rhex(s.rng, 10)
    unsub = 'https://factunet.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s' % (s.mc_uid, s.mc_lid, rhex(s.rng, 10))
    text = ("Novedades Factunet - diciembre 2026\n\nVERI*FACTU: lo que cambia el 1 de enero\n\n"
            "A partir del 1 de enero de 2027 las sociedades deben facturar con un sistema que cumpla el Reglamento "
            "VERI*FACTU. La versión 5.8 de Factunet ya lo cumple: genera el registro de facturación con su huella, "
            "añade el código QR tributario en cada factura y, si lo activas, remite los registros a la AEAT.\n\n"
            "¿Qué tienes que hacer? Nada. La actualización se instala automáticamente en la nube; no tienes que "
            "descargar programas ni certificados. Desconfía de correos que te pidan instalar un \"certificado "
            "VERI*FACTU\": no existe.\n\nGuía completa: %s/blog/verifactu-1-enero-2027\n"
            "Webinar 17/12 a las 11:00: %s/webinars/verifactu\n\n"
            "Factunet Software, S.L. - Av. Diagonal 640, 08017 Barcelona\n"
            "Recibes este correo porque eres usuario de Factunet. Darse de baja: %s\n" % (base, base, unsub))
    h = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Novedades Factunet</title></head>'
         '<body style="margin:0;background:#f2f4f7"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#1d2939">'
         '<tr><td style="background:#155eef;color:#fff;padding:20px 28px;font-size:22px;font-weight:bold">factunet <span style="font-weight:normal;font-size:14px">Novedades diciembre 2026</span></td></tr>'
         '<tr><td style="padding:24px 28px"><h2 style="font-size:20px;margin-top:0">VERI*FACTU: lo que cambia el 1 de enero</h2>'
         '<p>A partir del 1 de enero de 2027 las sociedades deben facturar con un sistema que cumpla el Reglamento VERI*FACTU. La versión 5.8 de Factunet ya lo cumple: '
         'genera el registro de facturación con su huella, añade el código QR tributario en cada factura y, si lo activas, remite los registros a la AEAT.</p>'
         '<p><b>¿Qué tienes que hacer? Nada.</b> La actualización se instala automáticamente en la nube; no tienes que descargar programas ni certificados. '
         'Desconfía de correos que te pidan instalar un &quot;certificado VERI*FACTU&quot;: no existe.</p>'
         '<p><a href="' + base + '/blog/verifactu-1-enero-2027" style="background:#155eef;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Leer la guía completa</a></p>'
         '<p>Webinar el 17/12 a las 11:00: <a href="' + base + '/webinars/verifactu">inscríbete aquí</a></p></td></tr>'
         '<tr><td style="padding:16px 28px;font-size:11px;color:#667085;background:#f9fafb">Factunet Software, S.L. - Av. Diagonal 640, 08017 Barcelona<br>'
         'Recibes este correo porque eres usuario de Factunet. <a href="' + esc(unsub) + '">Darse de baja</a></td></tr></table></center></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.extra_headers = [('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_%s@unsubscribe.mailchimpapp.net>' % (unsub, rhex(s.rng, 20))),
                       ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    s.system = Mailchimp('factunet.es', 'Factunet clientes')
    s.what = 'Newsletter of the invoicing-software vendor: VERI*FACTU changes on 1 January 2027, update is automatic, beware of fake "certificate" e-mails.'
    s.why = 'Legitimate customer newsletter via Mailchimp with DKIM for factunet.es, list headers and unsubscribe, links only to the vendor\'s site; explicitly says nothing needs to be downloaded.'
    s.pair = ['30-es-verifactu-certificado-msi-brevo.eml']
    s.pair_topic = 'VERI*FACTU deadline: genuine vendor newsletter vs. fake "certificate" MSI download'


# ------------------------------------------------------------------------------------------------ 31
@message('business', 31, 'es', 'gestoria-prevision-impuesto-sociedades')
def b31(s):
    s.sent('2026-12-11 13:22:47', 'ES')
    s.frm = CA['people']['casals'][:2]
    s.to = [who('javier.navarro')]
    s.cc = [who('laura.martinez')]
    s.subject = 'Previsión Impuesto sobre Sociedades 2026 y calendario de cierre'
    s.phones = ['+34 932 17 40 52']
    text = ("Hola Javier,\n\nTe adjunto la previsión del Impuesto sobre Sociedades 2026 con los datos a octubre y el "
            "calendario de cierre. Los puntos abiertos son la valoración del inventario de bobinas a 31/12 y la "
            "provisión por la garantía del cliente de Tarragona.\n\nSi os va bien, lo comentamos el martes 15 a las "
            "10:00 por Teams; te envío la convocatoria aparte.\n\nSalutacions / Saludos,\n\nNúria Casals\n"
            "Casals Assessors, S.L.P.\nCarrer de Balmes 184, 08006 Barcelona\nTel. +34 932 17 40 52\n")
    pdfb = docs.document(
        s, seller=dict(name='Casals Assessors, S.L.P.', tagline=['Assessoria fiscal i comptable'], lines=['Carrer de Balmes 184', '08006 Barcelona', 'NIF ' + CA['nif']]),
        buyer_lines=['EXAMPLE CABLES IBERICA, S.L.', "C/ de la Indústria 27", '08210 Barberà del Vallès', 'NIF ' + NIF],
        title='Previsión Impuesto sobre Sociedades 2026',
        meta=[('Fecha', '11/12/2026'), ('Datos contables', 'a 31/10/2026'), ('Expediente', 'IS-2026-0418')],
        columns=[('Concepto', 330, 'l'), ('Importe (EUR)', 165, 'r')],
        rows=[['Resultado contable antes de impuestos (proyección 12 meses)', '612.400,00'],
              ['Ajustes: gastos no deducibles (multas, liberalidades)', '4.850,00'],
              ['Ajustes: amortización acelerada (libertad de amortización)', '-38.200,00'],
              ['Base imponible previa', '579.050,00'], ['Cuota íntegra (25 %)', '144.762,50'],
              ['Pagos fraccionados (modelo 202: abril, octubre; diciembre estimado)', '-118.300,00']],
        totals=[('Cuota diferencial estimada', '26.462,50', True)],
        notes=['Calendario: 20/12 pago fraccionado modelo 202 (diciembre); 31/12 recuento de inventario de bobinas; '
               '30/01/2027 cierre contable provisional; 25/07/2027 presentación modelo 200.'],
        footer=['Casals Assessors, S.L.P. · Carrer de Balmes 184 · 08006 Barcelona · Inscrita en el Registro Mercantil de Barcelona'],
        producer='Microsoft® Excel® para Microsoft 365', creator='Microsoft® Excel® para Microsoft 365', author='Núria Casals',
        lang='es-ES', color=(0.5, 0.1, 0.15))
    s.body = mixed(alt(plain(text, 'utf-8', 'quoted-printable'), html(ol_html(ol_paras(text), 'utf-8', 'ES'), 'utf-8', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'Prevision_IS_2026_Example_Cables_Iberica.pdf'))
    s.system = M365(CA['domain'], CA['tenant'], lang='es-ES')
    s.what = 'The Spanish tax adviser sends the 2026 corporate-tax forecast and closing calendar as PDF.'
    s.why = 'Known adviser on its Microsoft 365 tenant, expected year-end content with plausible figures, PDF without links, meeting proposed via a separate invitation; no payment data.'
    s.pair = ['27-es-dehu-notificacion-aeat-descarga.eml']
    s.pair_topic = 'tax matters: genuine adviser forecast vs. fake AEAT notice'
