"""Spanish genuine business messages (5)."""
import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap

W = C.who


@m('es', 'supplier-order-confirmation')
def b_levante(ctx):
    t = I.T(2026, 12, 8, 9, 41, 0)
    rcpt = W('lucia.penalver')
    r = I.m365(ctx.rng, t, rcpt[1], 'viveroslevante.es', pod=2)
    iban = ids.iban_fmt(C.LEVANTE)
    text = """Buenos días, Lucía:

Le confirmo el pedido PV-2026-1183 para la delegación de Valencia:

- Citrus x limon 'Verna', maceta 25 l, 1,50-1,75 m: 60 uds. a 38,50 EUR
- Citrus reticulata 'Clemenules', maceta 25 l: 40 uds. a 36,00 EUR
- Chamaerops humilis, maceta 30 l: 25 uds. a 52,00 EUR

Total base imponible: 4.994,00 EUR + IVA 10 %.
Entrega: semana 51 en su centro de Paterna, con nuestro camión.

La factura se emitirá con la entrega. Forma de pago como siempre:
transferencia a 60 días a nuestra cuenta de Banco Sabadell
{iban}. No hemos cambiado de cuenta ni tenemos previsto hacerlo.

Un saludo,

Rosa Martínez
Administración y pedidos
Viveros Levante S.L.
Ctra. de Alzira a Tavernes, km 4 - 46600 Alzira (Valencia)
Tel. 962 41 88 30
""".format(iban=iban)
    pdf = files.pdf([(14, True, 'Viveros Levante S.L.'), 'Ctra. de Alzira a Tavernes, km 4 - 46600 Alzira (Valencia)', '',
                     (12, True, 'Confirmación de pedido PV-2026-1183'), 'Cliente: Example Group Iberia S.L. - NIF ' + C.EG_ES_CIF, '',
                     'Citrus x limon Verna  M25  1,50-1,75       60 x 38,50   2.310,00',
                     'Citrus reticulata Clemenules M25            40 x 36,00   1.440,00',
                     'Chamaerops humilis M30                      25 x 52,00   1.300,00', '',
                     (11, True, 'Base imponible 5.050,00 - dto. pronto pedido -56,00 = 4.994,00 EUR'), 'Entrega: semana 51 - Paterna'],
                    title='PV-2026-1183', author='Viveros Levante', producer='Microsoft® Word para Microsoft 365', creator='Word',
                    date="D:20261208093500+01'00'")
    a = alt(ctx, r, text, None, 'windows-1252', 'quoted-printable', lang='es', font='Aptos, Calibri, sans-serif')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Confirmacion_pedido_PV-2026-1183.pdf')], ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Rosa Martínez', 'rmartinez@viveroslevante.es'), [rcpt],
                     'Confirmación pedido PV-2026-1183 - cítricos y palmitos', I.rdate(t, 'CET'), root,
                     cc=[W('javier.munoz')], hcs='windows-1252', lang_tag='es-ES',
                     what='Citrus supplier confirms an order, PDF confirmation attached',
                     why='Supplier\'s own Microsoft 365 tenant and known contact, concrete items and delivery, the Sabadell account is unchanged, no link',
                     notes='hn:google-drive-share-supplier-impersonation -- same supplier name and payment topic; genuine mail comes from viveroslevante.es with a PDF, not from a Gmail Drive share')


@m('es', 'tax-adviser-verifactu')
def b_albiol(ctx):
    t = I.T(2026, 11, 12, 11, 18, 45)
    rcpt = W('lucia.penalver')
    r = I.m365(ctx.rng, t, rcpt[1], 'albiolasesores.es', pod=4)
    text = """Hola Lucía:

Como os comenté por teléfono, os resumo lo que hay que hacer con
VERI*FACTU:

1. No hay que instalar ningún "conector" de Hacienda ni registrarse en
   ninguna web. La adaptación la hace el fabricante de vuestro programa de
   facturación; vuestro proveedor del ERP ya ha anunciado la actualización
   para diciembre y os la instalará su técnico.
2. A partir de la actualización, las facturas llevarán el código QR y la
   leyenda "VERI*FACTU".
3. Si os llega algún correo "de la AEAT" con enlaces de descarga o
   archivos comprimidos, borradlo: la Agencia solo notifica por la DEHú y
   la sede electrónica.

El viernes paso por la delegación para revisar las series de facturación
con vosotros.

Un abrazo,

Vicente Albiol
Albiol Asesores - Asesoría fiscal y contable
C/ Colón 42, 4.º - 46004 Valencia - Tel. 963 52 71 40
CIF {cif}
""".format(cif=C.ALBIOL_CIF)
    a = alt(ctx, r, text, None, 'iso-8859-15', 'quoted-printable', lang='es', font='Calibri, sans-serif')
    return ctx.build(r, 'exchange', ('Vicente Albiol', 'valbiol@albiolasesores.es'), [rcpt],
                     'VERI*FACTU - qué tenéis que hacer (y qué no)', I.rdate(t, 'CET'), a,
                     cc=[W('javier.munoz')], hcs='iso-8859-15', lang_tag='es-ES',
                     what='The Spanish subsidiary\'s tax adviser explains the VERI*FACTU changeover',
                     why='Known adviser on his own Microsoft 365 domain, follows a phone call, explains that nothing has to be downloaded, warns against fake AEAT mails, no links or attachments',
                     notes='hn:verifactu-malware-download,aeat-notification-encrypted-zip -- same topic (VERI*FACTU / AEAT); genuine adviser mail says no download or registration is needed')


@m('es', 'carrier-overdue-suspension')
def b_soler(ctx):
    t = I.T(2026, 11, 30, 10, 4, 27)
    rcpt = W('lucia.penalver')
    r = I.cpanel(ctx.rng, t, rcpt[1], 'vps14.dinahosting.com', '82.98.134.%d' % ctx.rng.randrange(10, 250),
                 'administracion@transoler.es', '88.12.47.203', 'ADMIN-PC', 'administracion@transoler.es')
    r.msgid = '<000701db%s$%s$%s@transoler.es>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    iban = ids.iban_fmt(C.SOLER)
    text = """Buenos días:

Les recordamos por última vez que tienen pendientes de pago las siguientes
facturas, vencidas desde hace más de 45 días:

F-2026/0917   15/09/2026   1.842,50 EUR
F-2026/0966   30/09/2026   2.310,00 EUR
Total pendiente           4.152,50 EUR

Si el importe no está abonado el viernes 4 de diciembre, lamentablemente
tendremos que suspender los servicios de transporte programados para la
campaña de Navidad (rutas Paterna-Castellón y Paterna-Alicante) hasta la
regularización de la deuda.

Pueden realizar el pago en nuestra cuenta habitual de Cajamar:
{iban}

Si ya han realizado el pago, rogamos nos envíen el justificante.

Atentamente,

Carmen Soler
Administración
Transportes Hermanos Soler, S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 12 - 46988 Paterna
Tel. 961 32 05 18
""".format(iban=iban)
    a = alt(ctx, r, text, None, 'windows-1252', 'quoted-printable', bstyle='outlook', lang='es', font='Arial, sans-serif')
    return ctx.build(r, 'outlook', ('Transportes Hermanos Soler - Administración', 'administracion@transoler.es'), [rcpt],
                     'ÚLTIMO AVISO - facturas pendientes / suspensión de servicio', I.rdate(t, 'CET'), a, hcs='windows-1252',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='es',
                     what='Local carrier\'s final reminder threatening to suspend Christmas transport',
                     why='Carrier\'s own mailbox on its hosting, sent from a Spanish line with its usual Outlook, real invoice numbers, pays to the usual Cajamar account; pressure is commercial, no change of payee',
                     notes='')


@m('es', 'google-security-alert')
def b_google(ctx):
    t = I.T(2026, 10, 29, 8, 21, 10)
    rcpt = W('lucia.penalver')
    r = I.google_sor(ctx.rng, t, rcpt[1])
    r.return_path = '<%s@gaia.bounces.google.com>' % I.rs(ctx.rng, I.ALNUM + '-', 40)
    plain = """Nuevo inicio de sesión en Windows

gartencentro.valencia.eg@gmail.com

Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un
dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te
ayudaremos a proteger tu cuenta.

Consultar actividad
https://accounts.google.com/AccountChooser?Email=gartencentro.valencia.eg@gmail.com&continue=https://myaccount.google.com/alert/nt/{n}?rfn%3D31%26rfnc%3D1%26eid%3D{e}

También puedes ver la actividad de seguridad en
https://myaccount.google.com/notifications

Te hemos enviado este correo electrónico para informarte de cambios
importantes en tu cuenta y en los servicios de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""".format(n=ctx.rng.randrange(10 ** 12, 10 ** 13), e=ctx.rng.randrange(10 ** 18, 10 ** 19))
    html = ('<table style="font-family:Google Sans,Roboto,Arial,sans-serif;max-width:516px;border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:40px 20px;text-align:center">'
            '<div style="font-size:24px">Nuevo inicio de sesión en Windows</div><div style="font-size:14px;margin-top:8px">gartencentro.valencia.eg@gmail.com</div>'
            '<p style="font-size:14px;text-align:left">Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.</p>'
            '<a href="https://accounts.google.com/AccountChooser?Email=gartencentro.valencia.eg@gmail.com&amp;continue=https://myaccount.google.com/alert/nt/%d" style="background:#4184f3;color:#fff;padding:10px 24px;border-radius:5px;text-decoration:none">Consultar actividad</a>'
            '<p style="font-size:12px;color:#5f6368;text-align:left">También puedes ver la actividad de seguridad en https://myaccount.google.com/notifications</p></td></tr></table>') % ctx.rng.randrange(10 ** 12, 10 ** 13)
    a = Multi('alternative', [Text(plain, 'plain', 'UTF-8', 'base64', ct_params='; format=flowed; delsp=yes', charset_upper=True),
                              Text(html_wrap(html, 'es', 'Arial').replace('%CHARSET%', 'UTF-8'), 'html', 'UTF-8', 'quoted-printable', charset_upper=True)],
              '000000000000' + I.hexs(ctx.rng, 16))
    return ctx.build(r, 'service', ('Google', 'no-reply@accounts.google.com'), [rcpt],
                     'Alerta de seguridad', I.rdate(t, 'PT'), a,
                     extra=[('X-Account-Notification-Type', '127'), ('Feedback-ID', 'P-10-0:C20060867:M110136315-es:gamma'),
                            ('X-Notifications', I.hexs(ctx.rng, 12) + 'GAMMA')],
                     what='Genuine Google sign-in alert for the garden centre\'s Google Business Profile account (registered with Lucía as recovery address)',
                     why='Sent by Google\'s own servers (mail-sor-*.google.com) from no-reply@accounts.google.com, links only to accounts.google.com / myaccount.google.com, informational',
                     notes='hn:google-drive-share-supplier-impersonation -- genuine Google notification, same infrastructure as the abused Drive share; here nothing is requested')


@m('es', 'internal-urgent-customs-payment')
def b_dua(ctx):
    t = I.T(2026, 12, 2, 8, 58, 14)
    rcpt = W('lucia.penalver')
    r = I.internal(ctx.rng, t, rcpt[1], ws_ip='10.50.10.31')
    text = """Lucía:

Nos llama el agente de aduanas (Transitarios Grao): el contenedor de
palmeras de Marruecos está en el puerto de Valencia y para levantarlo hoy
hay que pagar la deuda aduanera del DUA.

DUA / MRN: 26ES00461110083742
Importe: 3.418,62 EUR (aranceles + IVA de importación)

El pago se hace como siempre con la carta de pago (modelo 031) en la sede
electrónica de la AEAT con el certificado de la empresa, o por banca
electrónica de CaixaBank con el NRC. La liquidación está en la carpeta
compartida de Aduanas. Si no da tiempo hoy, mañana a primera hora; el
almacenaje en el puerto cuesta 180 EUR/día.

Gracias,
Javier

Javier Muñoz Ortega
Director de la delegación - Example Group Iberia S.L.
"""
    a = alt(ctx, r, text, None, 'iso-8859-1', 'quoted-printable', bstyle='exchange', lang='es')
    return ctx.build(r, 'exchange', W('javier.munoz'), [rcpt], 'Urgente: pago DUA contenedor palmeras - puerto de Valencia',
                     I.rdate(t, 'CET'), a, hcs='iso-8859-1', lang_tag='es-ES',
                     what='Spanish office manager asks the accountant to pay import duties for a container today',
                     why='Internal Exchange route, real customs reference (MRN), payment via the official AEAT form 031/NRC with the company certificate, documents in the shared folder',
                     notes='hn:customs-parcel-fee-phish -- same topic (goods held at customs, fee to pay); genuine request is internal and uses the official payment channel')


MESSAGES = [b_levante, b_albiol, b_soler, b_google, b_dua]
