"""Genuine business messages 27-31 (Spanish)."""
from eglib import mime, bank, html as H
from eglib.infra import Gmail, M365, OutlookSMTP, Thunderbird, rhex
from eglib.kit import business, alt, mixed, att, pdf, zipfile_bytes, S, es_nif_company

LEVANTE_IBAN = bank.es_iban('2100', '2841', '0200164472')      # CaixaBank
LEVANTE_IBAN_NEW = bank.es_iban('0081', '0692', '0001583317')  # Banco Sabadell
NIF_EG = es_nif_company('B', '8739152')
NIF_LEV = es_nif_company('B', '4682113')


def levante_gw():
    return Gmail(host='mail-ed1-f46.google.com', ip='209.85.208.46')


@business(27, 'es', 'levante-factura-mantenimiento',
          what='Mantenimientos Integrales Levante sends invoice 2026/0934 (7,986.50 EUR) for November preventive maintenance, payable to the usual CaixaBank account.',
          why='Genuine: correct domain milevante.es via its Google Workspace, known CaixaBank IBAN, PDF invoice for contracted work, no urgency.',
          pair=([29], 'same invoice number as the look-alike attack, but genuine domain and the usual account'))
def _(m):
    m.use(levante_gw())
    m.when('2026-11-06 10:48:20', 'es')
    m.frm = ('Administraci\u00f3n Levante', 'administracion@milevante.es')
    m.to = [S('es_acc')]
    m.subject = 'Factura 2026/0934 - Mantenimiento preventivo noviembre - C/ Orense 34'
    t = """Buenos d\u00edas:

Adjuntamos la factura 2026/0934 correspondiente a los trabajos de mantenimiento preventivo de noviembre en el edificio de la calle de Orense 34 (climatizaci\u00f3n, grupo de presi\u00f3n y revisi\u00f3n de puertas autom\u00e1ticas del garaje).

Importe: 7.986,50 \u20ac (IVA incluido)
Vencimiento: 27/11/2026
Forma de pago: transferencia a la cuenta habitual de CaixaBank (%s)

Un saludo,

Administraci\u00f3n
Mantenimientos Integrales Levante S.L.
Av. de Burjassot 112 - 46009 Valencia
Tel. 963 521 840
""" % bank.fmt(LEVANTE_IBAN)
    blocks = [('h1', 'Mantenimientos Integrales Levante S.L.'), ('small', 'Av. de Burjassot 112 - 46009 Valencia - CIF ' + NIF_LEV),
              ('h2', 'FACTURA 2026/0934'), ('p', 'Fecha: 06/11/2026   Vencimiento: 27/11/2026\nCliente: Example Group Iberia S.L. - CIF ' + NIF_EG + '\nCalle de Orense 34, 28020 Madrid'),
              ('mono', 'Mantenimiento preventivo climatizaci\u00f3n (noviembre)     3.480,00'),
              ('mono', 'Revisi\u00f3n grupo de presi\u00f3n y bombas                    1.215,00'),
              ('mono', 'Revisi\u00f3n puertas autom\u00e1ticas garaje                   1.905,50'),
              ('b', 'Base imponible 6.600,50   IVA 21% 1.386,00   TOTAL 7.986,50 EUR'),
              ('p', 'Transferencia a CaixaBank, IBAN ' + bank.fmt(LEVANTE_IBAN))]
    p = pdf(m, blocks, 'Factura 2026/0934', lang='es-ES', creator='a3ERP', producer='a3ERP', minutes_before=5)
    m.root = mixed(m, alt(m, mime.text(t, 'UTF-8', 'quoted-printable'), mime.text(H.gmail(t), 'UTF-8', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Factura_2026-0934.pdf'))


@business(28, 'es', 'levante-cambio-cuenta-con-verificacion',
          what='Vicente Soler (Levante) announces the move of their main account to Banco Sabadell from 1 January 2027, with a bank-issued ownership certificate and a request to verify by phone.',
          why='Genuine bank change done properly: correct domain, already announced by phone by their CFO, certificate issued by the bank (with CSV code), '
              'old account stays valid until March, explicit call-back on the usual number.',
          pair=([29, 2], 'same topic as the look-alike attack (new account, certificate attached), but verifiable, no pressure, old account still valid'))
def _(m):
    m.use(levante_gw())
    m.when('2026-12-10 12:04:51', 'es')
    m.frm = ('Vicente Soler', 'v.soler@milevante.es')
    m.to = [S('es_acc')]
    m.cc = [('Administraci\u00f3n Levante', 'administracion@milevante.es')]
    m.subject = 'Cambio de cuenta bancaria a partir del 01/01/2027 - certificado del banco'
    t = """Estimado Javier:

Como ya os coment\u00f3 por tel\u00e9fono nuestra directora financiera, Amparo Ribes, a partir del 1 de enero de 2027 cambiamos nuestra cuenta principal a Banco Sabadell. Te adjunto el certificado de titularidad emitido por el propio banco.

Nueva cuenta (desde el 01/01/2027): %s - Banco Sabadell

La cuenta actual de CaixaBank seguir\u00e1 activa hasta el 31/03/2027, as\u00ed que las facturas de 2026 se pueden seguir pagando all\u00ed sin problema.

Por seguridad, antes de modificar los datos en vuestro sistema llamad por favor a Amparo al n\u00famero de siempre (963 521 840) para confirmar el cambio. Nunca os pediremos un cambio de cuenta solo por correo electr\u00f3nico.

Un saludo,
Vicente Soler
Mantenimientos Integrales Levante S.L.
""" % bank.fmt(LEVANTE_IBAN_NEW)
    csv = rhex(m.rng, 16, True)
    blocks = [('h1', 'Banco de Sabadell, S.A.'), ('small', 'Oficina 0692 - Valencia, Gran V\u00eda Marqu\u00e9s del Turia 49'),
              ('h2', 'CERTIFICADO DE TITULARIDAD'),
              ('p', 'Banco de Sabadell, S.A. certifica que MANTENIMIENTOS INTEGRALES LEVANTE S.L., con CIF ' + NIF_LEV + ', es titular de la cuenta:'),
              ('b', 'IBAN ' + bank.fmt(LEVANTE_IBAN_NEW) + '   BIC BSABESBBXXX'),
              ('p', 'Fecha de apertura: 02/11/2026. Y para que as\u00ed conste, se expide el presente certificado en Valencia a 09/12/2026.'),
              ('small', 'Documento firmado electr\u00f3nicamente. C\u00f3digo seguro de verificaci\u00f3n (CSV): ' + csv)]
    p = pdf(m, blocks, 'Certificado de titularidad', lang='es-ES', creator='Banco Sabadell - BS Online Empresas', producer='iText 7.2.5', minutes_before=60 * 26)
    m.root = mixed(m, alt(m, mime.text(t, 'UTF-8', 'quoted-printable'), mime.text(H.gmail(t), 'UTF-8', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Certificado_titularidad_Banco_Sabadell.pdf'))


@business(29, 'es', 'inquilina-queja-humedades',
          what='Residential tenant (Hotmail) complains about damp and mould in the bedroom and questions the increase of the community fee.',
          why='Genuine tenant complaint: outlook.com consumer account, concrete flat and history, photos offered, no links or payment request.')
def _(m):
    m.use(M365(consumer=True, srv='DB9P194MB1472', srv2='AS8P194MB1920', region='EURP194', accept_lang='es-ES, en-US', content_lang='es-ES',
               eop=('EUR02-DB5-obe.outbound.protection.outlook.com', 'mail-db5eur02olkn2011.outbound.protection.outlook.com', '40.92.49.11'),
               hcs='iso-8859-1'))
    m.when('2026-11-27 22:31:14', 'es')
    m.frm = ('Luc\u00eda Fern\u00e1ndez', 'lucia.fernandez@hotmail.es')
    m.to = [S('es_mgr')]
    m.subject = 'Humedades en el dormitorio y subida de la cuota - C/ Alcal\u00e1 388, 4\u00ba B'
    t = """Buenas noches, Carmen:

Le escribo otra vez por las humedades del dormitorio principal. Desde las lluvias de octubre la mancha de la pared exterior ha ido a m\u00e1s y ya hay moho detr\u00e1s del armario. Lo comuniqu\u00e9 por tel\u00e9fono el 19 de octubre y me dijeron que vendr\u00eda un t\u00e9cnico, pero nadie ha venido.

Por otra parte, en el recibo de diciembre la cuota de gastos de comunidad ha pasado de 68 a 92 euros sin ninguna explicaci\u00f3n. \u00bfMe pueden enviar el desglose o el acta de la junta donde se aprob\u00f3?

Tengo fotos de la pared si las necesitan. Puedo estar en casa cualquier tarde a partir de las 17:00.

Un saludo,
Luc\u00eda Fern\u00e1ndez
C/ Alcal\u00e1 388, 4\u00ba B - 28027 Madrid
Tel. 655 208 341
"""
    m.root = alt(m, mime.text(t, 'iso-8859-1', 'quoted-printable'), mime.text(H.outlook(t, 'ES', font='Aptos'), 'iso-8859-1', 'quoted-printable', 'html'))


@business(30, 'es', 'asesoria-borrador-modelo-303',
          what='The tax advisers send the draft VAT return (Modelo 303, Q3 2026) for review before filing it through the AEAT e-office by 20 October.',
          why='Genuine: known advisory firm domain, expected quarterly task, PDF draft, states they file with their own collaborator certificate; no link, no credentials requested.',
          pair=([27], 'Spanish tax-office context, but from the company\'s own advisers and asking only for review'))
def _(m):
    m.use(OutlookSMTP(hoster='exim', host='cp-es07.webempresa.eu', origin='80.58.61.250', hcs='windows-1252',
                      client_t=('cp-es07.webempresa.eu', 'cp-es07.webempresa.eu', '185.166.212.7'), content_lang='es', sender_zone='es'))
    m.when('2026-10-08 17:12:36', 'es')
    m.frm = ('Departamento Fiscal - Mart\u00edn & Gil Asesores', 'fiscal@martingil-asesores.es')
    m.to = [S('es_acc')]
    m.subject = 'Borrador modelo 303 - 3T 2026 - Example Group Iberia S.L.'
    t = """Estimado Javier:

Te adjuntamos el borrador del modelo 303 (IVA) correspondiente al tercer trimestre de 2026 de Example Group Iberia S.L. El resultado es a ingresar por importe de 18.412,36 \u20ac, que se cargar\u00e1 por domiciliaci\u00f3n en la cuenta habitual del Santander.

Te agradecer\u00edamos que lo revis\u00e9is y nos deis el visto bueno antes del viernes 16 de octubre. Lo presentaremos nosotros a trav\u00e9s de la Sede Electr\u00f3nica de la AEAT con nuestro certificado de colaborador social, como cada trimestre; el plazo termina el 20 de octubre.

Quedamos pendientes de las dos facturas de Levante de septiembre que todav\u00eda no figuran en el libro registro.

Un saludo,

Departamento Fiscal
Mart\u00edn & Gil Asesores, S.L.P.
C/ Vel\u00e1zquez 57, 3\u00ba - 28001 Madrid
Tel. 915 763 220
"""
    blocks = [('h1', 'Modelo 303 - IVA - Autoliquidaci\u00f3n (BORRADOR)'), ('p', 'NIF: ' + NIF_EG + '   Raz\u00f3n social: EXAMPLE GROUP IBERIA S.L.\nEjercicio: 2026   Periodo: 3T'),
              ('mono', '[27] Total cuota devengada                  61.884,20'), ('mono', '[45] Total a deducir                       43.471,84'),
              ('mono', '[46] Resultado r\u00e9gimen general              18.412,36'), ('b', '[71] Resultado de la liquidaci\u00f3n: 18.412,36 (a ingresar - domiciliaci\u00f3n)'),
              ('small', 'Borrador preparado por Mart\u00edn & Gil Asesores para revisi\u00f3n del cliente. No presentado.')]
    p = pdf(m, blocks, 'Borrador 303 3T 2026', lang='es-ES', creator='A3ASESOR | ren', producer='A3ASESOR | ren', minutes_before=20)
    m.root = mixed(m, alt(m, mime.text(t, 'windows-1252', 'quoted-printable'), mime.text(H.outlook(t, 'ES'), 'windows-1252', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Borrador_Modelo_303_3T_2026.pdf'))


@business(31, 'es', 'inquilino-comercial-anexo-firmado-zip',
          what='Commercial tenant\'s legal department returns the signed annex II to the lease of a ground-floor retail unit together with the floor plan, packed in a ZIP.',
          why='Genuine: known tenant domain, reply in an ongoing lease matter, unencrypted ZIP that contains two real PDF documents (no executables), no link, no payment.')
def _(m):
    m.use(Thunderbird(hoster='dinahosting', origin='95.124.33.41', origin_rdns='95.124.33.41.dyn.user.ono.com',
                      client_t=('smtp.dinahosting.com', 'smtp.dinahosting.com', '82.98.136.23'), content_lang='es-ES', sender_zone='es'))
    m.when('2026-12-04 13:27:09', 'es')
    m.frm = ('Asesor\u00eda Jur\u00eddica - Grupo Ib\u00e9rica', 'legal@iberica-distribucion.es')
    m.to = [S('es_mgr')]
    m.subject = 'Re: Anexo II contrato de arrendamiento local C/ Orense 34 - firmado'
    m.in_reply_to = '<9d1b7f3e2c6a4e58a0b4d1c7e2f69a33@EXMB01.corp.example.com>'
    m.references = m.in_reply_to
    t = """Buenos d\u00edas, Carmen:

Te remito firmado por nuestro administrador el Anexo II al contrato de arrendamiento del local de la planta baja (ampliaci\u00f3n del almac\u00e9n y nueva renta a partir del 1 de enero), junto con el plano actualizado. Van los dos documentos en un ZIP porque el plano pesa bastante.

El original en papel os lo enviamos por mensajer\u00eda esta tarde.

Un saludo,

Rebeca Lozano
Asesor\u00eda Jur\u00eddica
Grupo Ib\u00e9rica Distribuci\u00f3n S.L.
"""
    a1 = pdf(m, [('h1', 'ANEXO II AL CONTRATO DE ARRENDAMIENTO'), ('p', 'Local comercial planta baja, Calle de Orense 34, 28020 Madrid'),
                 ('p', 'Arrendador: Example Group Iberia S.L. (CIF ' + NIF_EG + ')\nArrendataria: Grupo Ib\u00e9rica Distribuci\u00f3n S.L.'),
                 ('p', 'Primera. Se ampl\u00eda la superficie arrendada en 86 m\u00b2 (almac\u00e9n anexo).\nSegunda. La renta mensual queda fijada en 7.450,00 \u20ac m\u00e1s IVA desde el 01/01/2027.'),
                 ('p', 'En Madrid, a 3 de diciembre de 2026.\n\nFdo.: el arrendador                      Fdo.: la arrendataria')], 'Anexo II firmado', lang='es-ES',
             creator='Adobe Acrobat Pro (64-bit) 24.4', producer='Adobe PDF Library 24.4', minutes_before=60 * 20)
    a2 = pdf(m, [('h1', 'PLANO PLANTA BAJA - LOCAL + ALMAC\u00c9N ANEXO'), ('p', 'Escala 1:100 - Superficie total construida 412 m\u00b2 - Revisi\u00f3n C (noviembre 2026)')],
             'Plano planta baja rev C', lang='es-ES', creator='AutoCAD 2025', producer='AutoCAD 2025 - DWG To PDF.pc3', minutes_before=60 * 72)
    z = zipfile_bytes(m, [('Anexo_II_firmado.pdf', a1), ('Plano_planta_baja_revC.pdf', a2)])
    a = att(m, z, 'application/zip', 'Anexo_II_y_plano.zip')
    a.meta['note'] = ' (not encrypted; 2 PDFs)'
    m.root = mixed(m, mime.text(t, 'UTF-8', '8bit', quoted=False, extra='; format=flowed'), a)
