"""Genuine business messages, Spanish (27-31), Greek (32-36), Russian (37-40)."""
from common import (thread_index, A, Multi, P, Part, addr, assemble, boundary, esc, hdr_text, html_page, outlook_html,
                    pdf, register, simple_html, T, plus, fmt)
import banking as B
import senders as S
from business_de_en import exch_alt, internal_hdrs

CIF_EG_ES = B.es_cif("B", "9876543")
AFM_EG_GR = B.gr_afm("80041826")
AFM_ANT = B.gr_afm("09471533")
INN_EG_RU = B.ru_inn10("780512345")


@register("business", 27, "es", "transportes-ruiz-albaranes",
          "The Spanish vehicle carrier sends the signed delivery notes (CMR) for six cars delivered in week 43, noting a small damage, and announces next week's port pick-ups.",
          "Known carrier on its own mail server (Outlook), operational content, PDF with delivery notes and an ordinary ZIP of damage photos (PNG); no payment or login request.")
def b27(r):
    t = T(2026, 10, 22, 17, 35, 20, "ES")
    rcpt = P("es_mgr").addr
    prof = S.own_postfix(r, t, rcpt, "mail.transportesruiz.es", "mail.transportesruiz.es", "185.42.105.67",
                         client_ip="88.12.201.43", mua="outlook", domain="transportesruiz.es",
                         auth="trafico@transportesruiz.es", zone="ES", client_helo="TRAFICO-PC")
    vins = ["TMBJJ7NX5R0112847", "WVWZZZCDZRW104772", "VF1RJB00071442815", "ZFA3120000J784210",
            "VR3UHZKXZRT518843", "U5YH5F14GRL207713"]
    text = """Buenas tardes Javier,

te adjunto los albaranes firmados (CMR) de las seis unidades entregadas esta semana en vuestras instalaciones de València:

%s

En el Peugeot 2008 (VR3UHZKXZRT518843) el conductor anotó en el CMR un pequeño roce en la aleta trasera izquierda que ya venía del puerto de Sagunto; os adjunto también las fotos en un ZIP. Si necesitáis algo más para el parte al fabricante, dímelo.

Para la semana que viene tenemos previstas dos cargas en el puerto (martes y jueves por la mañana). Te confirmo matrículas y horarios el lunes.

Un saludo,

Manuel Ruiz
Tráfico
Transportes Hermanos Ruiz S.L.
Polígono Industrial Camí La Mar, parcela 14 - 46500 Sagunto (València)
Tel. 962 65 41 18 - Móvil 619 44 27 83
""" % "\n".join("- %s" % v for v in vins)
    alb = pdf([{"t": "TRANSPORTES HERMANOS RUIZ S.L.", "s": 14, "b": True},
               {"t": "Polígono Industrial Camí La Mar, parcela 14 - 46500 Sagunto (València)", "s": 8}, "",
               {"t": "Albaranes de entrega / CMR - semana 43/2026", "b": True}, "",
               "Destinatario: Example Group Iberia S.L., Av. de les Corts Valencianes 39, 46015 València", ""] +
              [[(56, "CMR 26-%04d" % (4410 + i)), (160, v), (330, "20/10/2026" if i < 3 else "21/10/2026"),
                (430, "Roce aleta tras. izq." if v.startswith("VR3") else "Sin incidencias")] for i, v in enumerate(vins)] +
              ["", "Firmado y sellado por el receptor."], t, "ES", title="Albaranes S43", producer="Microsoft: Print To PDF")
    html = outlook_html(text.split("\n"), "windows-1252")
    alt = Multi("alternative", [Part("text/plain", text, "windows-1252", "quoted-printable"),
                                Part("text/html", html, "windows-1252", "quoted-printable")], boundary(r, "outlook", 1))
    import zipgen
    from business_it_pl import _photo
    fotos = zipgen.plain_zip([("IMG_20261021_0814.png", _photo("b27a")), ("IMG_20261021_0815.png", _photo("b27b"))],
                             (2026, 10, 21, 8, 15, 40))
    body = Multi("mixed", [alt, Part("application/pdf", alb, filename="Albaranes_CMR_S43.pdf"),
                           Part("application/x-zip-compressed", fotos, filename="Fotos_roce_VR3UHZKXZRT518843.zip")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Transportes Ruiz - Tráfico", "trafico@transportesruiz.es", "windows-1252", "Q")),
            ("To", addr("Javier Muñoz", rcpt, "windows-1252", "Q")),
            ("Subject", hdr_text("Albaranes entrega semana 43 - 6 vehículos València", "windows-1252", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, t)), ("Content-Language", "es")]
    return assemble(r, prof, rcpt, hdrs, body, env="trafico@transportesruiz.es")


@register("business", 28, "es", "aeat-requerimiento-interno",
          "The Spanish accountant tells the office manager (internal) that the fake AEAT e-mail was reported and that a real information request (VAT 303, used-car margin scheme REBU) is in DEHú, retrieved with the company certificate.",
          "Internal Exchange path; same topic as attack 27 but genuine: no link to download anything, the real notice is fetched at the official e-office with a certificate.",
          pair=[27])
def b28(r):
    t = T(2026, 11, 12, 10, 40, 8, "ES")
    rcpt = P("es_mgr").addr
    prof = S.internal(r, t, rcpt, "EXCH02", 12, client="10.50.1.%d")
    text = """Hola Javier:

Te cuento dos cosas sobre Hacienda:

1. El martes llegó un correo falso "Agencia Tributaria - notificación pendiente" con un enlace para descargar un ZIP. No lo he abierto y lo he reenviado a Lena (IT). Si te llega algo parecido, no hagas clic.

2. Lo curioso es que sí tenemos una notificación real: he entrado en la sede electrónica de la AEAT con el certificado de representante de la empresa y en la DEHú hay un requerimiento de información sobre el modelo 303 del tercer trimestre. Piden el detalle de las ventas de vehículos usados en régimen especial (REBU) de julio a septiembre. El plazo es de 10 días hábiles desde el acceso, es decir, hasta el 26/11.

Preparo la documentación con la gestoría y te la paso el viernes para revisión antes de presentarla por registro electrónico.

Un saludo,
Lucía

Lucía Fernández
Contabilidad
Example Group Iberia S.L. - Av. de les Corts Valencianes 39 - 46015 València
Tel. +34 963 18 22 40
"""
    body = exch_alt(r, text, "iso-8859-1", "quoted-printable")
    hdrs = internal_hdrs(prof, A("es_acc", "iso-8859-1"), A("es_mgr", "iso-8859-1"),
                         "Requerimiento AEAT modelo 303 3T - el real está en DEHú", "iso-8859-1", lang="es-ES")
    return assemble(r, prof, rcpt, hdrs, body, env=P("es_acc").addr)


@register("business", 29, "es", "cliente-gmail-cobro-duplicado",
          "A private renting customer complains from Gmail that her November instalment (389.90 EUR) was charged twice and asks for a refund.",
          "Genuine customer complaint from a consumer Gmail account; mentions the contract number, no links, no bank-detail change.")
def b29(r):
    t = T(2026, 11, 30, 13, 22, 50, "ES")
    rcpt = P("es_acc").addr
    prof = S.gmail(r, t, rcpt)
    text = """Buenas tardes:

Soy clienta de renting (contrato RV-2025-0318, Seat Arona) y este mes me han cargado dos veces la cuota de noviembre, 389,90 € el día 2 y otra vez el día 27. Les adjunto el dato del extracto: ambos cargos aparecen con la referencia EXAMPLE GROUP IBERIA RENTING.

Les agradecería que me devolvieran el importe duplicado cuanto antes a la misma cuenta donde se domicilia la cuota y que me confirmaran que en diciembre no volverá a pasar.

Pueden llamarme al 655 31 87 09 por las tardes.

Un saludo,
Carmen López
"""
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", simple_html(text), "UTF-8", "quoted-printable")], boundary(r, "gmail"))
    hdrs = [("MIME-Version", "1.0"), ("From", addr("Carmen López", "carmen.lopez.vlc@gmail.com", "UTF-8", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Subject", "Cobro duplicado cuota renting noviembre"),
            ("To", rcpt), ("Cc", A("es_mgr", "UTF-8"))]
    return assemble(r, prof, rcpt, hdrs, alt, env="carmen.lopez.vlc@gmail.com")


@register("business", 30, "es", "acav-cuota-asociado",
          "The regional dealer association ACAV sends the 2027 membership fee invoice; collected by direct debit from the account on file, nothing to do.",
          "Real membership (member no. 0112), fee approved by the general assembly, direct debit - no form to sign, no contract hidden in small print. Hard negative for the directory scam (attack 29).",
          pair=[29])
def b30(r):
    t = T(2026, 10, 19, 10, 5, 31, "ES")
    rcpt = P("es_mgr").addr
    prof = S.own_postfix(r, t, rcpt, "correo.acav-concesionarios.es", "correo.acav-concesionarios.es",
                         "213.0.87.142", client_ip="10.1.1.20", mua="outlook", domain="acav-concesionarios.es",
                         auth="administracion@acav-concesionarios.es", zone="ES", client_helo="ADMIN01")
    text = """Estimado asociado:

Le remitimos la factura ACAV-2027-0112 correspondiente a la cuota de asociado del ejercicio 2027, aprobada en la Asamblea General del 24 de junio de 2026.

Número de asociado: 0112 - EXAMPLE GROUP IBERIA S.L.
Importe: 1.452,00 EUR (1.200,00 EUR + 21 % IVA)
Forma de pago: domiciliación bancaria en la cuenta que consta en nuestros registros, con fecha de cargo 15/01/2027.

No es necesario que realice ninguna gestión. Si desea modificar la cuenta de domiciliación, puede hacerlo en el área de asociados de nuestra web o llamando a la secretaría.

Atentamente,

Administración
ACAV - Asociación de Concesionarios de Automoción de Valencia
C/ Colón 60, 46004 València - Tel. 963 51 20 84
"""
    inv = pdf([{"t": "ACAV - Asociación de Concesionarios de Automoción de Valencia", "s": 12, "b": True},
               {"t": "C/ Colón 60, 46004 València - CIF " + B.es_cif("G", "4611872"), "s": 8}, "",
               {"t": "Factura ACAV-2027-0112", "b": True}, "Fecha: 19/10/2026", "",
               "Cliente: EXAMPLE GROUP IBERIA S.L. - CIF " + CIF_EG_ES, "",
               [(56, "Cuota de asociado ejercicio 2027"), (430, "1.200,00")], [(56, "IVA 21 %"), (430, "252,00")],
               [(56, "Total EUR"), (430, "1.452,00")], "",
               "Forma de pago: domiciliación bancaria, cargo el 15/01/2027."],
              t, "ES", title="Factura ACAV-2027-0112", producer="a3ERP")
    body = Multi("mixed", [Part("text/plain", text, "windows-1252", "base64"),
                           Part("application/pdf", inv, filename="Factura_ACAV-2027-0112.pdf")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Administración ACAV", "administracion@acav-concesionarios.es", "windows-1252", "Q")),
            ("To", addr("Javier Muñoz", rcpt, "windows-1252", "Q")),
            ("Subject", "Cuota de asociado 2027 - factura ACAV-2027-0112"),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")]
    return assemble(r, prof, rcpt, hdrs, body, env="administracion@acav-concesionarios.es")


@register("business", 31, "es", "microsoft-codigo-seguridad",
          "Genuine Microsoft account security code e-mail (Spanish) requested by the accountant when signing in.",
          "Real accountprotection.microsoft.com over Microsoft's outbound infrastructure; contains only a one-time code and a link to account.live.com; user-initiated.",
          pair=[31])
def b31(r):
    t = T(2026, 12, 15, 8, 3, 12, "ES")
    rcpt = P("es_acc").addr
    prof = S.ms_accountprotection(r, t, rcpt)
    code = r.digits(6)
    text = """Cuenta Microsoft

Código de seguridad

Usa el siguiente código de seguridad para la cuenta Microsoft lu*****@example.com.

Código de seguridad: %s

Si no reconoces la cuenta Microsoft lu*****@example.com, puedes hacer clic aquí para quitar tu dirección de correo electrónico de esa cuenta: https://account.live.com/dp?ft=%s

Gracias,
El equipo de cuentas Microsoft
""" % (code, r.alnum(40))
    html = html_page("""<table dir="ltr"><tr><td style="font-family:'Segoe UI Semibold',Arial,sans-serif;font-size:17px;color:#707070">Cuenta Microsoft</td></tr>
<tr><td style="font-family:'Segoe UI Light',Arial,sans-serif;font-size:41px;color:#2672ec">Código de seguridad</td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#2a2a2a">Usa el siguiente código de seguridad para la cuenta Microsoft <a style="color:#2672ec;text-decoration:none">lu*****@example.com</a>.</td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#2a2a2a">Código de seguridad: <span style="font-weight:bold">%s</span></td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#2a2a2a">Si no reconoces la cuenta Microsoft lu*****@example.com, puedes <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/dp">hacer clic aquí</a> para quitar tu dirección de correo electrónico de esa cuenta.</td></tr>
<tr><td style="padding-top:25px;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#2a2a2a">Gracias,<br>El equipo de cuentas Microsoft</td></tr></table>""" % code)
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "generic"))
    hdrs = [("From", addr("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com")),
            ("To", rcpt), ("Subject", hdr_text("Código de seguridad de la cuenta Microsoft", "utf-8", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-MS-PublicTrafficType", "Email")]
    return assemble(r, prof, rcpt, hdrs, alt)


# ====================================================================== Greek
@register("business", 32, "el", "antallaktika-timologio",
          "The Thessaloniki parts supplier's accounting sends invoice-delivery note ΤΔΑ 4588 as PDF, with its usual Piraeus Bank IBAN.",
          "Real supplier domain antallaktika-bv.gr from its own mail server, unchanged bank account, routine invoice. Hard negative for the IBAN-change attack 33.",
          pair=[33])
def b32(r):
    t = T(2026, 11, 10, 12, 30, 45, "GR")
    rcpt = P("gr_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.antallaktika-bv.gr", "mail.antallaktika-bv.gr", "94.66.12.80",
                         client_ip="192.168.1.35", mua="outlook", domain="antallaktika-bv.gr",
                         auth="logistirio@antallaktika-bv.gr", zone="GR", client_helo="LOGISTIRIO-PC")
    iban = B.gr_iban("017", "0218", "0005218044187")
    text = """Καλημέρα σας,

Σας αποστέλλουμε συνημμένα το Τιμολόγιο - Δελτίο Αποστολής ΤΔΑ 4588 της 10/11/2026 για την παραγγελία σας 2026-GR-0731 (φίλτρα, τακάκια και λάδια για το συνεργείο της Θεσσαλονίκης).

Σύνολο: 4.118,60 € (συμπ. ΦΠΑ 24%%)
Πληρωμή: εντός 30 ημερών, στον γνωστό λογαριασμό της Τράπεζας Πειραιώς
IBAN: %s

Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001951873314).

Με εκτίμηση,

Λογιστήριο
ΑΝΤΑΛΛΑΚΤΙΚΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός Γ', 57022 Θεσσαλονίκη
Τηλ. 2310 797 410 – Α.Φ.Μ. %s – ΔΟΥ ΦΑΕ Θεσσαλονίκης
""" % (B.fmt_iban(iban), AFM_ANT)
    inv = pdf([{"t": "ΑΝΤΑΛΛΑΚΤΙΚΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.", "s": 13, "b": True},
               {"t": "ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη - Α.Φ.Μ. " + AFM_ANT, "s": 8}, "",
               {"t": "ΤΙΜΟΛΟΓΙΟ - ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ ΤΔΑ 4588", "b": True}, "Ημερομηνία: 10/11/2026   ΜΑΡΚ: 400001951873314", "",
               "Πελάτης: EXAMPLE GROUP HELLAS Μ.Α.Ε. - Α.Φ.Μ. " + AFM_EG_GR, "",
               [(56, "Περιγραφή"), (360, "Ποσ."), (440, "Αξία")],
               [(56, "Φίλτρα λαδιού / αέρα (σετ)"), (360, "40"), (440, "1.240,00")],
               [(56, "Τακάκια εμπρός"), (360, "24"), (440, "1.152,00")],
               [(56, "Λάδι 5W-30 (δοχείο 5 lt)"), (360, "30"), (440, "929,45")],
               [(56, "Καθαρή αξία"), (440, "3.321,45")], [(56, "ΦΠΑ 24%"), (440, "797,15")],
               [(56, "Σύνολο €"), (440, "4.118,60")], "", "IBAN: " + B.fmt_iban(iban)],
              t, "GR", title="ΤΔΑ 4588", producer="SoftOne ERP")
    body = Multi("mixed", [Part("text/plain", text, "windows-1253", "quoted-printable"),
                           Part("application/pdf", inv, filename="TDA_4588.pdf")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Λογιστήριο Ανταλλακτικά Β. Ελλάδος", "logistirio@antallaktika-bv.gr", "windows-1253", "B")),
            ("To", addr("Eleni Georgiou", rcpt)),
            ("Subject", hdr_text("Τιμολόγιο ΤΔΑ 4588 - παραγγελία 2026-GR-0731", "windows-1253", "B")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el")]
    return assemble(r, prof, rcpt, hdrs, body, env="logistirio@antallaktika-bv.gr")


@register("business", 33, "el", "mydata-esoteriko",
          "The Greek accountant tells the office manager (internal) that the 'AADE myDATA fine' e-mail is fake and reports the real myDATA status checked in myAADE.",
          "Internal Exchange path, same topic as attack 32, no link to log in; explains that AADE matters are checked in myAADE with TAXISnet credentials.",
          pair=[32])
def b33(r):
    t = T(2026, 11, 25, 9, 50, 14, "GR")
    rcpt = P("gr_mgr").addr
    prof = S.internal(r, t, rcpt, "EXCH01", 11, client="10.70.1.%d")
    text = """Καλημέρα Νίκο,

Χθες ήρθε email "ΑΑΔΕ - myDATA, πράξη επιβολής προστίμου" από τη διεύθυνση aade-mydata.gr. Είναι απάτη, δεν πάτησα τον σύνδεσμο και το προώθησα στη Lena (IT). Η ΑΑΔΕ δεν στέλνει πρόστιμα με σύνδεσμο για σύνδεση· ό,τι αφορά την εταιρεία το βλέπουμε μόνο στο myAADE με τους κωδικούς TAXISnet.

Για σιγουριά έλεγξα στο myDATA τις διαβιβάσεις του Β' και Γ' τριμήνου: υπάρχουν μόνο 3 παραστατικά με απόκλιση χαρακτηρισμού (πιστωτικά σε πελάτες leasing), τα οποία ο λογιστής μας θα διορθώσει έως 30/11. Πρόστιμο δεν υπάρχει.

Αν σου έρθει κάτι παρόμοιο, απλώς πάτα "Αναφορά phishing".

Ευχαριστώ,
Ελένη

Eleni Georgiou
Λογιστήριο - Example Group Hellas Μ.Α.Ε.
Τηλ. 2310 554 700 εσωτ. 220
"""
    body = exch_alt(r, text, "iso-8859-7", "quoted-printable")
    hdrs = internal_hdrs(prof, A("gr_acc"), A("gr_mgr"), "Ψεύτικο email ΑΑΔΕ/myDATA - κατάσταση διαβιβάσεων",
                         "iso-8859-7", lang="el-GR", enc="B")
    return assemble(r, prof, rcpt, hdrs, body, env=P("gr_acc").addr)


@register("business", 34, "el", "pelatis-otenet-service",
          "A private customer (OTEnet, Outlook) complains that the steering noise is back two weeks after a repair and asks for a service appointment.",
          "Ordinary customer e-mail from a consumer ISP mailbox, no links or attachments.")
def b34(r):
    t = T(2026, 10, 12, 20, 14, 3, "GR")
    rcpt = P("gr_mgr").addr
    prof = S.otenet(r, t, rcpt, "94.66.201.17")
    text = """Καλησπέρα σας κ. Παπαδόπουλε,

Πριν από δύο εβδομάδες έφερα το Hyundai Tucson (ΝΕΡ-7142) στο συνεργείο σας για τον θόρυβο στο τιμόνι και μου αλλάξατε τα ακρόμπαρα. Δυστυχώς από χθες ο θόρυβος ακούγεται ξανά όταν στρίβω με χαμηλή ταχύτητα, ειδικά στο πάρκινγκ.

Θα ήθελα να κλείσουμε ραντεβού για έλεγχο μέσα στην εβδομάδα, αν γίνεται Πέμπτη ή Παρασκευή πρωί. Θεωρώ ότι ο έλεγχος πρέπει να γίνει χωρίς χρέωση, αφού η επισκευή έγινε πρόσφατα.

Το κινητό μου είναι 6944 218 775.

Ευχαριστώ,
Κώστας Δημητρίου
"""
    body = Part("text/plain", text, "windows-1253", "8bit")
    hdrs = [("From", addr("Κώστας Δημητρίου", "kdimitriou@otenet.gr", "windows-1253", "B")),
            ("To", addr("Nikos Papadopoulos", rcpt)),
            ("Subject", hdr_text("Ραντεβού service – θόρυβος στο τιμόνι (ΝΕΡ-7142)", "windows-1253", "B")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el")]
    return assemble(r, prof, rcpt, hdrs, body, env="kdimitriou@otenet.gr")


@register("business", 35, "el", "metafores-paradosi-oximaton",
          "The Greek vehicle carrier announces the delivery of six vehicles from Piraeus port on Thursday, with driver, truck and time window.",
          "Known carrier writing from its own domain (Roundcube), operational details, no link, no fee. Hard negative for the courier-fee phishing (attack 34).",
          pair=[34])
def b35(r):
    t = T(2026, 11, 12, 8, 30, 11, "GR")
    rcpt = P("gr_mgr").addr
    prof = S.own_postfix(r, t, rcpt, "mail.karagiannis-transport.gr", "mail.karagiannis-transport.gr",
                         "185.4.133.59", mua="roundcube", domain="karagiannis-transport.gr",
                         auth="v.karagiannis@karagiannis-transport.gr", zone="GR")
    text = """Καλημέρα κ. Νίκο,

Σας επιβεβαιώνω την παράδοση των 6 οχημάτων από το λιμάνι του Πειραιά:

Ημερομηνία: Πέμπτη 19/11/2026
Ώρα άφιξης: 07:30 - 09:00 στις εγκαταστάσεις σας (26ης Οκτωβρίου 90)
Οδηγός: Γιάννης Σταθόπουλος, κιν. 6977 412 830
Φορτηγό: ΝΗΚ-4471 (οχηματαγωγό 8 θέσεων)

Τα έγγραφα (CMR και λίστα VIN) θα τα έχει ο οδηγός μαζί του. Παρακαλώ να υπάρχει κάποιος για την παραλαβή και τον έλεγχο των οχημάτων.

Ευχαριστώ,
Βασίλης Καραγιάννης
Μεταφορική Καραγιάννη Ο.Ε.
Τηλ. 2310 681 204
"""
    body = Part("text/plain", text, "ISO-8859-7", "base64", flowed=True)
    hdrs = [("MIME-Version", "1.0"), ("Date", prof["date"]),
            ("From", addr("Βασίλης Καραγιάννης", "v.karagiannis@karagiannis-transport.gr", "ISO-8859-7", "B")),
            ("To", rcpt),
            ("Subject", hdr_text("Παράδοση 6 οχημάτων - Πέμπτη 19/11", "ISO-8859-7", "B")),
            ("Message-ID", prof["mid"]), ("X-Sender", "v.karagiannis@karagiannis-transport.gr"),
            ("User-Agent", "Roundcube Webmail/1.6.9")]
    return assemble(r, prof, rcpt, hdrs, body, env="v.karagiannis@karagiannis-transport.gr")


@register("business", 36, "el", "newsletter-syndesmos-mailchimp",
          "Monthly newsletter of the Northern Greece car dealers' association via Mailchimp (market figures, myDATA deadlines, events) with List-Unsubscribe.",
          "Subscribed association newsletter via Mailchimp with List-Unsubscribe/One-Click and List-ID; informational.")
def b36(r):
    t = T(2026, 12, 4, 10, 0, 6, "GR")
    rcpt = P("gr_mgr").addr
    uid, lid, camp = r.hex(25), r.hex(10), r.hex(10)
    prof = S.mailchimp(r, t, rcpt, uid, lid, camp)
    trk = "https://seave.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (uid, r.hex(10), r.hex(10))
    unsub = "https://seave.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (uid, lid, r.hex(10), camp)
    items = [("Ταξινομήσεις Νοεμβρίου: +6,4% στη Βόρεια Ελλάδα", "Αύξηση κυρίως στα υβριδικά και τα ηλεκτρικά επαγγελματικά."),
             ("myDATA: προθεσμίες κλεισίματος χρήσης 2026", "Υπενθύμιση για τη διαβίβαση χαρακτηρισμών εξόδων και τις διορθώσεις."),
             ("Χριστουγεννιάτικη συνάντηση μελών, 17/12", "Ξενοδοχείο Makedonia Palace, 19:30 - δηλώσεις συμμετοχής έως 12/12.")]
    text = "ΣΕΑΒΕ - Ενημερωτικό Δελτίο Δεκεμβρίου 2026\n\n" + "\n\n".join("%s\n%s\n%s" % (a, b, trk) for a, b in items) + \
        "\n\nΛαμβάνετε αυτό το μήνυμα ως μέλος του Συνδέσμου.\nΔιαγραφή: %s\n\nΣΕΑΒΕ, Εγνατίας 154, 54636 Θεσσαλονίκη\n" % unsub
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#fafafa"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#0c4a6e;color:#fff;padding:18px 22px;font-size:21px">ΣΕΑΒΕ &middot; Ενημερωτικό Δελτίο Δεκεμβρίου 2026</td></tr>
%s
<tr><td style="padding:16px 22px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα ως μέλος του Συνδέσμου. <a href="%s">Διαγραφή</a><br>ΣΕΑΒΕ, Εγνατίας 154, 54636 Θεσσαλονίκη</td></tr></table></td></tr></table>
<img src="https://seave.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt="">""" % (
        "\n".join('<tr><td style="padding:16px 22px;border-bottom:1px solid #eee"><div style="font-size:18px;color:#0c4a6e"><b>%s</b></div><p style="font-size:14px">%s</p><a href="%s">Περισσότερα</a></td></tr>' % (esc(a), esc(b), trk) for a, b in items),
        unsub, uid, camp, r.hex(10)))
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "mailchimp"))
    hdrs = [("Subject", hdr_text("Ταξινομήσεις Νοεμβρίου, προθεσμίες myDATA, συνάντηση μελών", "utf-8", "Q")),
            ("From", addr("ΣΕΑΒΕ Newsletter", "info@seave.gr", "utf-8", "Q")),
            ("Reply-To", addr("ΣΕΑΒΕ", "info@seave.gr", "utf-8", "Q")), ("To", rcpt),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("List-Unsubscribe", "<https://seave.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (uid, lid, r.hex(10), camp, uid[:9], camp, r.hex(10))),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt)


# ====================================================================== Russian
@register("business", 37, "ru", "postavshik-schet-na-oplatu",
          "The St Petersburg parts supplier's chief accountant sends invoice no. 3356 as PDF via Yandex 360 with the usual Sberbank details.",
          "Real supplier domain avtozapchasti-sz.ru on Yandex 360, unchanged Sberbank account (BIK/account keys valid), refers to the previous invoice - routine. Hard negative for the bank-change attack 38.",
          pair=[38])
def b37(r):
    t = T(2026, 11, 19, 12, 40, 25, "RU")
    rcpt = P("ru_acc").addr
    prof = S.yandex_out(r, t, rcpt, client_ip="178.176.72.41", msgstyle="outlook", domain="avtozapchasti-sz.ru")
    bik = "044030653"
    acc = B.ru_account(bik, "40702810055040012345")
    ks = B.ru_corr_account(bik)
    text = """Добрый день, Ольга!

Направляем счёт на оплату № 3356 от 19.11.2026 по вашему заказу ЗК-2026-1187 (масла, фильтры, колодки для сервиса на Пулковском шоссе). Сумма 271 480,00 руб., в т.ч. НДС 22%%.

Напоминаю, что по счёту № 3318 от 12.11.2026 срок оплаты 26.11.2026.

Реквизиты без изменений:
р/с %s в ПАО Сбербанк (Северо-Западный банк), БИК %s, к/с %s.

УПД по обоим счетам направим через Диадок после отгрузки.

С уважением,
Ирина Васильева
Главный бухгалтер
ООО «Автозапчасти Северо-Запад»
тел. +7 (812) 409-31-17
""" % (acc, bik, ks)
    inv = pdf([{"t": "ООО «Автозапчасти Северо-Запад»", "s": 13, "b": True},
               {"t": "ИНН 7802334515 / КПП 780201001, 194292, Санкт-Петербург, 3-й Верхний пер., д. 1", "s": 8}, "",
               "Банк получателя: ПАО Сбербанк (Северо-Западный банк)   БИК " + bik,
               "Сч. № " + ks + "   Р/с " + acc, "",
               {"t": "Счёт на оплату № 3356 от 19 ноября 2026 г.", "s": 12, "b": True}, "",
               "Покупатель: ООО «Экзампл Груп Рус», ИНН " + INN_EG_RU + " / КПП 780501001", "",
               [(56, "Товар"), (330, "Кол-во"), (400, "Цена"), (470, "Сумма")],
               [(56, "Масло моторное 5W-30, 208 л"), (330, "2"), (400, "61 200,00"), (470, "122 400,00")],
               [(56, "Фильтр масляный (уп. 50 шт.)"), (330, "3"), (400, "18 733,33"), (470, "56 200,00")],
               [(56, "Колодки тормозные передние"), (330, "40"), (400, "2 322,00"), (470, "92 880,00")],
               [(330, "Итого, в т.ч. НДС 22%:"), (470, "271 480,00")], "",
               "Оплата данного счёта означает согласие с условиями поставки товара."],
              t, "RU", title="Счёт 3356", producer="1С:Предприятие 8.3")
    body = Multi("mixed", [Part("text/plain", text, "windows-1251", "quoted-printable"),
                           Part("application/pdf", inv, filename="Счет_3356_от_19.11.2026.pdf", fname_charset="windows-1251")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Ирина Васильева", "buh@avtozapchasti-sz.ru", "windows-1251", "B")),
            ("To", addr("Ольга Кузнецова", rcpt, "windows-1251", "B")),
            ("Subject", hdr_text("Счёт № 3356 от 19.11.2026", "windows-1251", "B")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")]
    return assemble(r, prof, rcpt, hdrs, body, env="buh@avtozapchasti-sz.ru")


@register("business", 38, "ru", "yandex-id-vhod-novoe-ustroystvo",
          "Genuine Yandex ID notice: sign-in to the office manager's Yandex account from a new device (Yandex Browser, Windows, St Petersburg).",
          "Sent by Yandex's own forward*.mail.yandex.net from noreply@id.yandex.ru; links only to id.yandex.ru; informational. Hard negative for the fake Yandex 360 storage alert (attack 39).",
          pair=[39])
def b38(r):
    t = T(2026, 12, 7, 8, 12, 44, "RU")
    rcpt = P("ru_mgr").addr
    prof = S.yandex_out(r, t, rcpt, domain="id.yandex.ru")
    text = """Яндекс ID

Вход в аккаунт с нового устройства

Здравствуйте, Дмитрий!
В ваш аккаунт dmitry.sokolov@example.com выполнен вход с нового устройства.

Когда: 7 декабря 2026 г. в 08:11 (МСК)
Устройство: Яндекс Браузер, Windows 11
Где: Санкт-Петербург, Россия (IP 95.165.12.77)

Если это были вы, ничего делать не нужно.
Если нет - смените пароль и выйдите на всех устройствах: https://id.yandex.ru/security

С уважением,
команда Яндекс ID
"""
    html = html_page("""<div style="max-width:560px;margin:0 auto;font-family:YS Text,Arial,sans-serif;font-size:15px;color:#000;line-height:22px">
<p style="font-size:22px"><b>Яндекс ID</b></p>
<p style="font-size:20px">Вход в аккаунт с нового устройства</p>
<p>Здравствуйте, Дмитрий!<br>В ваш аккаунт dmitry.sokolov@example.com выполнен вход с нового устройства.</p>
<table cellpadding="4" style="font-size:14px;background:#f5f5f5;border-radius:10px;width:100%">
<tr><td style="color:#777">Когда</td><td>7 декабря 2026 г. в 08:11 (МСК)</td></tr>
<tr><td style="color:#777">Устройство</td><td>Яндекс Браузер, Windows 11</td></tr>
<tr><td style="color:#777">Где</td><td>Санкт-Петербург, Россия (IP 95.165.12.77)</td></tr></table>
<p>Если это были вы, ничего делать не нужно.<br>Если нет — <a href="https://id.yandex.ru/security">смените пароль</a> и выйдите на всех устройствах.</p>
<p style="color:#777;font-size:13px">С уважением, команда Яндекс ID</p></div>""")
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "base64"),
                                Part("text/html", html, "utf-8", "base64")],
                "----==%s----" % r.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    hdrs = [("From", addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B")), ("To", rcpt),
            ("Subject", hdr_text("Вход в аккаунт с нового устройства", "utf-8", "B")),
            ("Date", prof["date"]), ("Message-Id", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Yandex-Service", "aWQ=" + r.alnum(20))]
    return assemble(r, prof, rcpt, hdrs, alt, env="noreply@id.yandex.ru")


@register("business", 39, "ru", "klient-thebat-zapis-to",
          "A private customer (Yandex Mail, The Bat!, KOI8-R) asks for a maintenance appointment (TO-3) and a winter tyre change.",
          "Ordinary customer request from a consumer mailbox via Yandex SMTP; plain text, no links.")
def b39(r):
    t = T(2026, 10, 24, 12, 5, 50, "RU")
    rcpt = P("ru_mgr").addr
    prof = S.yandex_out(r, t, rcpt, client_ip="46.242.9.113", msgstyle="thebat", domain="yandex.ru")
    text = """Здравствуйте, Дмитрий!

Хочу записаться на ТО-3 для Kia Sportage (2023 г., пробег 45 тыс. км, VIN заканчивается на 318774). Заодно нужно поменять резину на зимнюю - шины у меня свои, хранятся дома, привезу с собой.

Удобно в следующую субботу, 31 октября, с утра, или в будний день после 18:00. Подскажите, пожалуйста, примерную стоимость ТО-3 и сколько времени займёт.

Телефон для связи: +7 921 418-27-93.

--
С уважением,
 Андрей Морозов
"""
    body = Part("text/plain", text, "koi8-r", "8bit", quote_charset=False)
    hdrs = [("Date", prof["date"]), ("From", addr("Андрей Морозов", "a.morozov@yandex.ru", "koi8-r", "B")),
            ("X-Mailer", "The Bat! (v11.2.0) Professional"), ("Reply-To", addr("Андрей Морозов", "a.morozov@yandex.ru", "koi8-r", "B")),
            ("X-Priority", "3 (Normal)"), ("Message-ID", prof["mid"]),
            ("To", addr("Дмитрий Соколов", rcpt, "koi8-r", "B")),
            ("Subject", hdr_text("Запись на ТО-3 и замена резины", "koi8-r", "B")), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="a.morozov@yandex.ru")


@register("business", 40, "ru", "fns-trebovanie-vnutrennee",
          "The Russian accountant tells the office manager (internal, KOI8-R) that yesterday's 'FNS demand' e-mail with a password archive was malware, and that the real demand arrived through Kontur.Extern.",
          "Internal Exchange path; same topic as attack 37 but genuine: refers to the electronic reporting operator (TKS), no attachment, asks for the director's qualified signature in the normal process.",
          pair=[37])
def b40(r):
    t = T(2026, 11, 18, 10, 10, 31, "RU")
    rcpt = P("ru_mgr").addr
    prof = S.internal(r, t, rcpt, "EXCH02", 12, client="10.80.1.%d")
    text = """Дмитрий, добрый день!

Вчера на почту пришло письмо якобы от Межрайонной ИФНС N 15 с архивом и паролем. Это вирус - я его не открывала и переслала в ИТ, Лене Фогт. Если тебе придёт похожее письмо, не открывай вложение.

Настоящее требование о представлении пояснений по НДС за 3 квартал пришло сегодня через Контур.Экстерн, квитанцию о приёме я уже отправила. Срок ответа - 5 рабочих дней, то есть до 25.11. Вопросы по вычетам по двум счетам-фактурам поставщика запчастей, пояснения подготовлю к пятнице.

Подписывать будем твоей КЭП, как обычно, через Экстерн.

Спасибо!
Ольга

Olga Kuznetsova
Бухгалтерия
ООО "Экзампл Груп Рус", Пулковское шоссе 40 к. 4, Санкт-Петербург
тел. +7 (812) 331-45-20 доб. 112
"""
    body = exch_alt(r, text, "koi8-r", "quoted-printable")
    hdrs = internal_hdrs(prof, A("ru_acc"), A("ru_mgr"), "Требование ФНС по НДС за 3 кв. - настоящее пришло через Контур",
                         "koi8-r", lang="ru-RU", enc="B")
    return assemble(r, prof, rcpt, hdrs, body, env=P("ru_acc").addr)
