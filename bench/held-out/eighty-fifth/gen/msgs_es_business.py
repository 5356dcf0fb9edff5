"""Spanish genuine business messages (27-31)."""
from common import *  # noqa
from banking import es_iban, spaced
from providers import M365, MicrosoftService
from routes import OutlookSMTP, Gmail, thunderbird, hop_postfix_sub

MESSAGES = []
PRB_IBAN = es_iban('2080', '0300', '3040098765')
TFG_OLD = es_iban('2100', '2215', '0200184466')
TFG_NEW = es_iban('0081', '5240', '0001998877')


def dinahosting_outlook(pc, ip):
    return OutlookSMTP(('smtp-05.dinaserver.com', 'smtp-05.dinaserver.com', '82.98.134.205'),
                       [hop_postfix_sub(pc, 'static-%s.ipcom.comunitel.net' % ip.replace('.', '-'), ip,
                                        'smtp-05.dinaserver.com', 'ES')],
                       lang='es', hdr_cs='iso-8859-1')


# ------------------------------------------------------------------ 27 supplier invoice (genuine domain)
inv27, tot27 = invoice_pdf('es', ['PESCADOS RÍAS BAIXAS S.L.', 'Avda. de Beiramar s/n, Lonja de Vigo - 36202 Vigo', 'CIF B36612873'],
                           ['EXAMPLE GROUP IBÉRICA S.L.', 'Puerto Pesquero s/n, Ed. Ramiro Gordejuela', '36202 Vigo (Pontevedra)', 'CIF B27841190'],
                           'FRB-2026/1466', '30/10/2026', '29/12/2026',
                           [('Merluza de pincho fresca 2-3 kg, caja 10 kg', 420, 'kg', 11.80),
                            ('Pulpo cocido entero 1,5-2 kg, envasado', 260, 'kg', 19.40),
                            ('Mejillón de batea vivo Galicia, saco 15 kg', 900, 'kg', 1.65)],
                           10, ['ABANCA - Oficina Bouzas', 'IBAN ' + spaced(PRB_IBAN)],
                           notes=['Albaranes 26/4481 y 26/4496. Forma de pago: transferencia a 60 días.'],
                           producer='a3ERP', creator='a3ERP Facturación', pdfdate="20261030122201+01'00'")
t27 = """Buenos días:

Adjuntamos la factura FRB-2026/1466 de fecha 30/10/2026 correspondiente a los albaranes 26/4481 y 26/4496.

Importe total: {tot} €
Vencimiento: 29/12/2026
Forma de pago: transferencia a nuestra cuenta habitual de ABANCA indicada en la factura.

Quedamos a su disposición para cualquier aclaración.

Un saludo,

Administración
PESCADOS RÍAS BAIXAS S.L.
Avda. de Beiramar s/n, Lonja de Vigo - 36202 Vigo
Tel. 986 24 71 30""".format(tot=fmt_money(tot27, 'es'))
MESSAGES.append(dict(
    slug='pescados-factura',
    frm=('Administración Pescados Rías Baixas', 'administracion@pescadosriasbaixas.es'), to=[S['acc_es']],
    subject='Factura FRB-2026/1466 - Pescados Rías Baixas S.L.',
    date='2026-10-30 12:25:41', zone='ES',
    via=dinahosting_outlook('ADMIN-PC2', '46.27.181.34'),
    body=mixed(alt(Text(t27, 'windows-1252', 'quoted-printable'), Text(h_outlook(t27, 'windows-1252', 'ES'), 'windows-1252', 'quoted-printable', 'html')),
               Att('FRB-2026-1466.pdf', 'application/pdf', inv27)),
    what='Regular invoice from the Vigo seafood supplier (hake, octopus, mussels), payable to its usual ABANCA account.',
    why='Genuine .es domain on its usual Dinahosting account with Outlook, delivery-note references, unchanged bank account with valid Spanish check digits, no urgency.',
    hardneg=['pescados-lookalike-cambio-cuenta'], hardneg_note='same supplier and invoice series as the look-alike bank change; real domain and account',
))

# ------------------------------------------------------------------ 28 genuine bank change (carrier), properly announced
t28 = """Estimados clientes:

Por la presente les comunicamos que, con efectos del 1 de enero de 2027, Transportes Frigoríficos Galicia S.L. centralizará sus cobros en Banco Sabadell. A partir de esa fecha les rogamos que realicen los pagos de nuestras facturas en la cuenta:

Titular: TRANSPORTES FRIGORÍFICOS GALICIA S.L.
IBAN: {new}
BIC: BSABESBBXXX

Hasta el 31 de diciembre de 2026 la cuenta actual de CaixaBank ({old}) sigue plenamente operativa, y los pagos que se reciban en ella durante el primer trimestre de 2027 se atenderán con normalidad.

Adjuntamos el certificado de titularidad emitido por Banco Sabadell y la carta firmada por la gerencia. Por seguridad, les rogamos que confirmen el cambio llamando a nuestro número habitual (986 49 22 10, extensión de administración) antes de modificar sus datos; nunca les pediremos cambiar de cuenta con urgencia ni por correo únicamente.

Atentamente,

Rosa Castro
Administración
Transportes Frigoríficos Galicia S.L.
Polígono Industrial A Granxa, parcela 114 - 36400 O Porriño (Pontevedra)""".format(new=spaced(TFG_NEW), old=spaced(TFG_OLD))
cert28 = letter_pdf([
    ('b', 'Banco de Sabadell, S.A.'), ('s', 'Oficina 5240 - Vigo, Policarpo Sanz'), '',
    ('h', 'Certificado de titularidad'), '',
    'Banco de Sabadell, S.A. certifica que la cuenta', 'IBAN ' + spaced(TFG_NEW) + '  BIC BSABESBBXXX',
    'es titularidad de TRANSPORTES FRIGORIFICOS GALICIA S.L., CIF B36554102,',
    'y se encuentra abierta y operativa a fecha de emisión del presente certificado.', '',
    'Vigo, 23 de noviembre de 2026', 'Firmado electrónicamente: Director de Oficina', '',
    ('s', 'Código de verificación: BSAB-5240-2611-88K4Q'),
], 'Certificado titularidad TFG', 'Banco Sabadell', creator='Sabadell Empresas', producer='iText 7.2',
    pdfdate="20261123101500+01'00'")
carta28 = letter_pdf([
    ('b', 'Transportes Frigoríficos Galicia S.L.'), ('s', 'Pol. Ind. A Granxa, parcela 114 - 36400 O Porriño'), '',
    ('r', 'O Porriño, 23 de noviembre de 2026'), '',
    ('b', 'Comunicación de cambio de cuenta bancaria'), '',
    'Con efectos 01/01/2027 nuestros cobros se centralizan en Banco Sabadell:',
    'IBAN ' + spaced(TFG_NEW), 'Hasta el 31/12/2026 sigue vigente: IBAN ' + spaced(TFG_OLD), '',
    'Rogamos confirmen el cambio por teléfono en el 986 49 22 10.', '',
    'Fdo.: José Manuel Lorenzo, Gerente',
], 'Cambio de cuenta TFG', 'Rosa Castro', pdfdate="20261123104401+01'00'")
MESSAGES.append(dict(
    slug='tfgalicia-cambio-cuenta-correcto',
    frm=('Rosa Castro', 'r.castro@tfgalicia.es'), to=[S['acc_es']], cc=[S['mgr_es']],
    subject='Comunicación de cambio de cuenta bancaria a partir del 01/01/2027',
    date='2026-11-23 11:02:17', zone='ES',
    via=M365(region='EUR01', pod='AM9', prd='eurprd01', lang='es-ES', hdr_cs='iso-8859-1', tenant='tfgalicia', ipnet='40.107.15'),
    body=mixed(alt(Text(t28, 'iso-8859-15', 'quoted-printable'), Text(h_outlook(t28, 'iso-8859-15', 'ES'), 'iso-8859-15', 'quoted-printable', 'html')),
               Att('Certificado_titularidad_Sabadell.pdf', 'application/pdf', cert28, dates='Mon, 23 Nov 2026 09:15:00 GMT'),
               Att('Carta_cambio_cuenta_TFG.pdf', 'application/pdf', carta28, dates='Mon, 23 Nov 2026 09:44:01 GMT')),
    what='The reefer carrier announces a bank change effective in January with a bank-issued ownership certificate and a signed letter, asking customers to confirm by phone.',
    why='Carrier\'s real domain and Microsoft 365 tenant, five-week lead time, old account remains valid, Spanish bank with valid check digits, explicit request to verify by phone on the known number.',
    hardneg=['pescados-lookalike-cambio-cuenta'], hardneg_note='bank-account change with "certificado de titularidad", but genuine sender and proper verification',
))

# ------------------------------------------------------------------ 29 tax advisor: modelo 303
t29 = """Hola Lucía:

Te envío el borrador del modelo 303 (IVA) del tercer trimestre de 2026 de Example Group Ibérica:

- IVA devengado: 41.318,22 €
- IVA deducible: 29.906,47 €
- Resultado a ingresar: 11.411,75 €

Si estáis de acuerdo, lo presentamos nosotros el jueves 15 con domiciliación en vuestra cuenta de ABANCA, con cargo el día 20 de octubre, como en trimestres anteriores. Recuerda que la presentación con domiciliación termina precisamente el día 15, así que necesito tu OK mañana antes de mediodía.

En el modelo 349 de este trimestre van las adquisiciones intracomunitarias a Example Group GmbH (Alemania); el detalle os lo paso mañana.

Un saludo,

Carmen Vilas
Asesoría Vilas & Pereira
Rúa do Príncipe 22, 2º - 36202 Vigo
Tel. 986 43 17 02"""
b29 = letter_pdf([
    ('h', 'Modelo 303 - Borrador 3T 2026'), ('s', 'EXAMPLE GROUP IBERICA SL - NIF B27841190'), '',
    ('t', [(0, 'Régimen general - base imponible 21%'), (360, '42.180,00')]),
    ('t', [(0, 'Régimen general - base imponible 10%'), (360, '324.604,20')]),
    ('t', [(0, 'Total cuota devengada'), (360, '41.318,22')]),
    ('t', [(0, 'Total a deducir'), (360, '29.906,47')]),
    ('t', [(0, 'Resultado'), (360, '11.411,75')]),
    ('t', [(0, 'Forma de pago'), (360, 'Domiciliación')]), '',
    ('s', 'Borrador sin valor de presentación. Asesoría Vilas & Pereira.'),
], 'Borrador 303 3T 2026', 'Carmen Vilas', creator='A3ASESOR', producer='A3ASESOR | eco',
    pdfdate="20261013173012+02'00'")
MESSAGES.append(dict(
    slug='asesoria-borrador-303',
    frm=('Carmen Vilas', 'carmen.vilas@asesoriavilas.es'), to=[S['acc_es']],
    subject='Borrador modelo 303 3T 2026 - Example Group Ibérica',
    date='2026-10-13 17:34:02', zone='ES',
    via=thunderbird(('smtp-03.dinaserver.com', 'smtp-03.dinaserver.com', '82.98.134.203'),
                    [hop_postfix_sub('[192.168.1.20]', 'static-88-12-140-7.ipcom.comunitel.net', '88.12.140.7',
                                     'smtp-03.dinaserver.com', 'ES')]),
    body=mixed(Text(t29, 'UTF-8', '8bit'), Att('Borrador_303_3T2026.pdf', 'application/pdf', b29)),
    what='The external tax advisor sends the draft quarterly VAT return (modelo 303) for approval before filing with direct debit.',
    why='Known advisor, realistic figures and deadlines (filing with direct debit by 15 Oct, charge on 20 Oct), payment by AEAT direct debit from the company\'s own account, no links.',
    hardneg=['aeat-notificacion-zip-hta'], hardneg_note='Spanish tax topic with attachment, but from the known advisor and a plain PDF',
))

# ------------------------------------------------------------------ 30 restaurant order via Gmail
t30 = """Hola Javier:

Te paso el pedido para Navidad, como hablamos por teléfono:

- Percebe gallego de primera: 12 kg para el 23/12
- Centolla viva (1-1,2 kg): 20 unidades para el 23/12
- Merluza de pincho entera: 35 kg para el 22/12
- Pulpo cocido: 15 kg
- Vieira de Galicia en concha: 10 docenas

Si el percebe sale muy caro esos días avísame antes de cerrarlo. Entrega en el restaurante por la mañana, antes de las 11, como siempre. La factura al mismo CIF de siempre.

Gracias y un abrazo,
Antonio

Restaurante O Porto
Rúa da Franxa 41 - 15001 A Coruña
981 22 71 94"""
MESSAGES.append(dict(
    slug='pedido-navidad-restaurante',
    frm=('Antonio Seoane', 'restauranteoporto.coruna@gmail.com'), to=[S['mgr_es']],
    subject='Pedido Navidad',
    date='2026-12-09 23:12:40', zone='ES',
    via=Gmail('qt1', 172),
    body=alt(Text(t30, 'UTF-8', 'quoted-printable'), Text(h_gmail(t30), 'UTF-8', 'quoted-printable', 'html')),
    what='Christmas order from a regular restaurant customer in A Coruña, sent late in the evening from Gmail.',
    why='Known customer address, order agreed by phone, plain content without links or attachments, no payment details.',
))

# ------------------------------------------------------------------ 31 Microsoft account security code
t31 = """Cuenta Microsoft
Código de seguridad

Usa el siguiente código de seguridad para la cuenta Microsoft lu*****@example.com.

Código de seguridad: 482913

Si no reconoces la cuenta Microsoft lu*****@example.com, puedes hacer clic aquí para quitar tu dirección de correo electrónico de esa cuenta:
https://account.live.com/dp?ft=-DnC8n2Y7q!rG3kZ0wP8Mx6bVt1Lf4sQ&mkt=ES-ES

Gracias,
El equipo de cuentas Microsoft"""
h31 = h_notice('utf-8', 'Código de seguridad', [
    'Usa el siguiente código de seguridad para la cuenta Microsoft <a href="mailto:lu*****@example.com">lu*****@example.com</a>.',
    'Código de seguridad: <b>482913</b>',
    'Si no reconoces la cuenta Microsoft lu*****@example.com, puedes <a href="https://account.live.com/dp?ft=-DnC8n2Y7q!rG3kZ0wP8Mx6bVt1Lf4sQ&amp;mkt=ES-ES">hacer clic aquí</a> para quitar tu dirección de correo electrónico de esa cuenta.',
    'Gracias,<br>El equipo de cuentas Microsoft'], color='#2672ec', brand='Cuenta Microsoft', lang='es',
    footer='<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052')
MESSAGES.append(dict(
    slug='microsoft-codigo-seguridad',
    frm=('Equipo de cuentas Microsoft', 'account-security-noreply@accountprotection.microsoft.com'), to=[S['acc_es']],
    subject='Código de seguridad de la cuenta Microsoft',
    date='2026-12-02 09:31:07', zone='ES',
    via=MicrosoftService(lang='es-ES'),
    body=alt(Text(t31, 'utf-8', 'quoted-printable'), Text(h31, 'utf-8', 'quoted-printable', 'html')),
    what='One-time security code e-mailed by Microsoft when the Vigo accountant signed in to the Microsoft account she uses for Teams webinars.',
    why='Genuine accountprotection.microsoft.com sender via Microsoft\'s own outbound, only links to account.live.com / go.microsoft.com, code expected by the user.',
    hardneg=['abanca-empresas-psd2'], hardneg_note='security-verification mail around sign-in codes, but from the real provider and with no credential form',
))
