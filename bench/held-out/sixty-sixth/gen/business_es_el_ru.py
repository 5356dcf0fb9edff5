"""Genuine business messages 27-31 (Spanish), 32-36 (Greek), 37-40 (Russian)."""
from common import *

F = "business"


# -------------------------------------------------------------- Spanish

def b27():
    t = T("2026-11-16 07:30:12")
    cif = BANK["example_es_cif"]
    text = """Dirección Electrónica Habilitada única (DEHú)

Aviso de puesta a disposición de notificación

Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única.

Titular: EXAMPLE GROUP IBERIA S.L. (NIF %s)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información – Modelo 303, 3T 2026
Fecha de puesta a disposición: 16/11/2026

Puede acceder a la notificación en https://dehu.redsara.es o en la Sede Electrónica de la Agencia Tributaria, identificándose con certificado electrónico o Cl@ve.

Este correo electrónico es meramente informativo y no contiene la notificación. Dispone de 10 días naturales para acceder a su contenido; transcurrido dicho plazo, la notificación se entenderá rechazada.

Por favor, no responda a este mensaje.
""" % cif
    html = html_simple(text, "UTF-8", "font-family:Arial,sans-serif;font-size:14px;color:#333")
    return mk(F, 27, "es", "dehu-notification-notice",
              infra=P(I.service, host="smtp2.redsara.es", ip="195.57.20.73", inner="dehu-app04.redsara.es", msgid_dom="redsara.es",
                      rp="noreply.dehu@correo.gob.es", zone="CET"),
              frm=("DEHú – Dirección Electrónica Habilitada única", "noreply.dehu@correo.gob.es"), to=[S("es_acc")],
              subject="Aviso de puesta a disposición de notificación en la DEHú", t=t, bstyle="java",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              what="Official DEHú notice that a tax-agency notification (information request on the Q3 VAT return) is available.",
              why="Government notification relay (redsara.es / correo.gob.es); states it contains no notification itself and sends the user to dehu.redsara.es or the AEAT site without a login link or bank-data request.",
              pair="attack 27")


def b28():
    t = T("2026-12-01 10:12:44")
    text = """Lucía, buenos días:

¿Puedes incluir hoy en la remesa de pagos la factura 2026-047 de Carmen Ruiz (interpretación en el congreso de la SEFH, 1.980,00 € de base)? Ya está aprobada en el ERP con la orden de compra OC-VLC-2026-0311.

Mañana se va a Bruselas para un encargo de dos semanas y le prometimos el pago antes. Utiliza la cuenta que ya tenemos en el maestro de proveedores; si recibes cualquier cambio de cuenta, no lo apliques sin llamarla antes.

Gracias,
Javier

--
Javier Muñoz
Director de oficina | Example Group Iberia S.L.
Calle de Colón 48, 46004 Valencia
Tel. +34 963 52 18 40
"""
    return mk(F, 28, "es", "manager-urgent-payment-internal",
              infra=P(I.exchange_int, ws_ip="10.20.61.23", lang="es-ES"), frm=S("es_mgr"), to=[S("es_acc")],
              subject="Pago urgente factura 2026-047 Carmen Ruiz", t=t, hcs="iso-8859-15", hmode="Q",
              body=lambda k: alt(k, text, html_outlook(text, "iso-8859-15", "ES"), "iso-8859-15", quote_cs=True),
              internal=True,
              what="Office manager asks the accountant to include an approved freelance interpreter invoice in today's payment run.",
              why="Internal Exchange mail via mail-int01, approved PO in the ERP, payment to the vendor master-data account, explicit call-back rule for account changes.",
              pair="attack 28")


def b29():
    t = T("2026-11-28 13:05:21")
    inv = pdf([["Carmen Ruiz Navarro - Intérprete de conferencias (ES/EN/FR)", "NIF 24387615K - Calle Sueca 33, 46006 Valencia", "",
                (12, True, "Factura 2026-047"), "Fecha: 28/11/2026", "",
                "Cliente: Example Group Iberia S.L. - " + BANK["example_es_cif"] + " - Calle de Colón 48, 46004 Valencia", "",
                "Interpretación simultánea EN<>ES, Congreso SEFH Valencia, 25-26/11/2026 (2 jornadas)     1.980,00",
                "IVA 21%                                                                                   415,80",
                "Retención IRPF 15%                                                                      -297,00",
                (11, True, "TOTAL 2.098,80 EUR"), "", "Transferencia a BBVA " + G(BANK["cruiz"])]],
              title="Factura 2026-047", author="Carmen Ruiz", creator="Google Docs", producer="Skia/PDF m131 Google Docs Renderer", date=pdfdate(t))
    text = """Hola, Javier:

Te adjunto la factura 2026-047 del congreso de la SEFH (dos jornadas de simultánea EN<>ES).

Base: 1.980,00 €
IVA 21 %: 415,80 €
Retención IRPF 15 %: -297,00 €
Total: 2.098,80 €

La cuenta es la de siempre (BBVA, terminada en 6349). Si pudiera ser antes del miércoles, genial, porque me voy a Bruselas dos semanas.

¡Gracias y un abrazo!
Carmen

--
Carmen Ruiz Navarro
Intérprete de conferencias ES/EN/FR · AIIC
+34 655 218 904
"""
    return mk(F, 29, "es", "freelance-interpreter-invoice-gmail",
              infra=P(I.gmail), frm=CORR["cruiz"], to=[S("es_mgr")], cc=[S("es_acc")],
              subject="Factura 2026-047 – Interpretación congreso SEFH", t=t,
              body=lambda k: Multi("mixed", [alt(k, text, html_gmail(text), "UTF-8", "quoted-printable"),
                                             PDF("Factura 2026-047 Carmen Ruiz.pdf", inv, fn_style="plain")], k.bd()),
              what="Freelance conference interpreter sends her invoice from Gmail, asking for payment before a trip.",
              why="Known freelancer's long-standing Gmail address, invoice with correct Spanish VAT/IRPF lines, same BBVA account as always; mild urgency is genuine.",
              pair="attack 28")


def b30():
    t = T("2026-11-27 11:40:02")
    cif = BANK["albufera_cif"]
    pay = pdf([[(13, True, "Laboratorios Albufera S.L."), "NIF " + cif + " - Av. de les Corts Valencianes 58, 46015 Valencia", "",
                (12, True, "AVISO DE PAGO  ALB-PAG-2026-1187"), "Fecha de pago: 27/11/2026", "",
                "Beneficiario: EXAMPLE GROUP IBERIA S.L.   Cuenta: " + G(BANK["example_es"]), "",
                "Doc. proveedor      Fecha        Importe",
                "2026/VLC/0391       14/10/2026   7.236,50",
                "2026/VLC/0402       21/10/2026   4.690,85",
                (11, True, "Total transferido: 11.927,35 EUR")]],
              title="Aviso de pago", creator="SAP NetWeaver", producer="SAP NetWeaver 7.50", date=pdfdate(t))
    text = """Estimado proveedor:

Le comunicamos que con fecha 27/11/2026 hemos ordenado la transferencia ALB-PAG-2026-1187 por importe de 11.927,35 EUR a su cuenta terminada en 7751, en pago de los documentos detallados en el aviso adjunto.

Para cualquier consulta relacionada con este pago puede dirigirse a tesoreria@laboratoriosalbufera.es o al teléfono 963 44 71 20.

Atentamente,
Departamento de Tesorería
Laboratorios Albufera S.L.

Este mensaje ha sido generado automáticamente por el sistema SAP.
"""

    def infra(ctx):
        inf = I.company_gw(ctx, gw_helo="mx-out.laboratoriosalbufera.es", gw_ip="217.125.48.66", inner="sapprd01.albufera.local",
                           inner_ip="10.1.4.21", exchange=False, mailer=None)
        inf["style"] = "generic"
        return inf
    return mk(F, 30, "es", "customer-payment-advice-sap",
              infra=infra, frm=CORR["albufera_tes"], to=[S("es_acc")],
              subject="Aviso de pago ALB-PAG-2026-1187", t=t, hcs="ISO-8859-1", hmode="Q",
              msgid="<20261127104002.5F3A2C19E0B4D7A1@sapprd01.albufera.local>", bstyle="java",
              body=lambda k: Multi("mixed", [Text(text, "plain", "ISO-8859-1", "8bit", quote_cs=True),
                                             PDF("Aviso_pago_ALB-PAG-2026-1187.pdf", pay, fn_style="plain")], k.bd()),
              what="Pharma customer's SAP-generated payment advice for two translation invoices, PDF attached.",
              why="Real customer domain (laboratoriosalbufera.es) via its own gateway from the SAP system, plain PDF, no log-in, points to the account we gave them.",
              pair="attack 30")


def b31():
    t = T("2026-12-02 08:00:09", "UTC")
    unsub = "https://r.sp1-brevo.net/mk/un/v2/sh/1t6Af4OiGsFuYJ7AhNGvbWkL4l1Q9mc7rJ2qAdXkCzP0-Hx"
    text = """LA LINTERNA DEL TRADUCTOR · Boletín de diciembre 2026

- Traducción jurada: el MAEC publica la nueva lista de traductores-intérpretes jurados y aclara el uso de la firma electrónica.
- Traducción automática en el sector farmacéutico: qué dicen las guías de la EMA sobre la posedición de prospectos.
- Agenda de formación: talleres en línea sobre memoQ, terminología médica y facturación electrónica (Verifactu) para autónomos.

Leer el boletín completo: https://lalinterna-traduccion.es/boletin/2026-12

Recibe este boletín porque su empresa se suscribió en lalinterna-traduccion.es.
Darse de baja: %s
""" % unsub
    html = html_simple(text, "utf-8", "font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222")

    def infra(ctx):
        inf = I.brevo(ctx, account_id="4418027")
        inf["extra"] = inf["extra"] + [("List-Unsubscribe", "<%s>, <mailto:unsubscribe@sender.brevo.com?subject=unsub-4418027-%s>" % (unsub, ctx.hex(12))),
                                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                                       ("Precedence", "bulk")]
        return inf
    return mk(F, 31, "es", "trade-newsletter-brevo",
              infra=infra, frm=CORR["revista"], to=[S("es_mgr")],
              subject="Boletín de diciembre: traducción jurada, MT en farma y agenda de formación", t=t, zone="UTC", bstyle="hex",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="Subscribed Spanish trade newsletter for translators, sent through Brevo.",
              why="Expected bulk mail via Brevo with one-click List-Unsubscribe and Precedence: bulk; informational links to the publisher's own site.")


# ---------------------------------------------------------------- Greek

def b32():
    t = T("2026-11-20 12:33:48", "EET")
    inv = pdf([[(13, True, "SYNTECH CONFERENCE SYSTEMS M.E.P.E."), "Leoforos Georgikis Scholis 65, 570 01 Thessaloniki - AFM " + BANK["syntech_afm"], "",
                (12, True, "Timologio Parochis Ypiresion TPY 2026/0418"), "Imerominia: 20/11/2026", "",
                "Pelatis: Example Group Hellas M.I.K.E. - AFM " + BANK["example_gr_afm"] + " - Tsimiski 43, 546 23 Thessaloniki", "",
                "Enoikiasi 2 kampinon diermineias ISO 4043 kai asyrmatou systimatos IR, 17-18/11/2026    5.500,00",
                "FPA 24%                                                                                1.320,00",
                (11, True, "Synolo 6.820,00 EUR"), "", "Pliromi: Trapeza Peiraios IBAN " + G(BANK["syntech"])]],
              title="TPY 2026-0418", creator="Entersoft Business Suite", producer="Entersoft PDF", date=pdfdate(t, "+02'00'"))
    text = """Αγαπητή κα Γεωργίου,

Σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 2026/0418 για την ενοικίαση δύο καμπινών διερμηνείας και του ασύρματου συστήματος υπερύθρων για το συνέδριο της 17ης–18ης Νοεμβρίου.

Σύνολο: 6.820,00 € (συμπεριλαμβανομένου ΦΠΑ 24%%)
Το τιμολόγιο έχει διαβιβαστεί στο myDATA.
Πληρωμή στον γνωστό λογαριασμό της Τράπεζας Πειραιώς: %s

Με εκτίμηση,

Λογιστήριο
Syntech Conference Systems Μ.Ε.Π.Ε.
Λεωφ. Γεωργικής Σχολής 65, 570 01 Θεσσαλονίκη
Τηλ. 2310 471 250
""" % G(BANK["syntech"])
    return mk(F, 32, "el", "supplier-invoice-booth-rental",
              infra=P(I.hosted, provider="plesk", origin_ip="94.66.58.120", host="mail.syntech-conference.gr", ip="185.4.132.18",
                      mailer="Microsoft Outlook 16.0", zone="EET"),
              frm=CORR["syntech_acc"], to=[S("gr_acc")], subject="Τιμολόγιο ΤΠΥ 2026/0418 – Ενοικίαση εξοπλισμού διερμηνείας", t=t,
              zone="EET", hcs="windows-1253", hmode="B",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "windows-1253", "EL"), "windows-1253", quote_cs=True),
                                             PDF("TPY_2026_0418.pdf", inv, fn_style="plain")], k.bd()),
              what="Greek equipment supplier's invoice for renting interpreting booths and an infrared system, payable to its known Piraeus Bank account.",
              why="Real supplier domain (syntech-conference.gr) on its usual server from a Greek IP, invoice transmitted to myDATA, known account; attack 33 later tries to redirect this very invoice.",
              pair="attack 33")


def b33():
    t = T("2026-10-15 13:48:30", "EET")
    text = """Κύριε Παπαδόπουλε,

Θα θέλαμε προσφορά για επίσημη μετάφραση από τα ελληνικά στα αγγλικά των παρακάτω εγγράφων του πλοίου NAUTILUS STAR (IMO 9483127), τα οποία απαιτούνται για την επιθεώρηση του νηογνώμονα στο Ρότερνταμ:

- Πιστοποιητικό Νηολόγησης (4 σελίδες)
- Πρωτόκολλο Γενικής Επιθεώρησης (11 σελίδες)
- Βεβαίωση Ασφάλισης P&I (2 σελίδες)

Χρειαζόμαστε τις μεταφράσεις επικυρωμένες έως τις 28 Οκτωβρίου. Τα σαρωμένα έγγραφα θα σας τα στείλουμε μέσω της πλατφόρμας ανταλλαγής αρχείων μας μόλις επιβεβαιώσετε τη διαθεσιμότητα.

Παρακαλώ συμπεριλάβετε στην προσφορά και το κόστος αποστολής με ACS στο γραφείο μας στον Πειραιά.

Με εκτίμηση,
Μαρία Κωνσταντίνου
Τμήμα Τεχνικής Υποστήριξης
Nautilus Shipping S.A.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
Τηλ. 210 429 8810
"""
    return mk(F, 33, "el", "shipping-customer-quote-request",
              infra=P(I.company_gw, gw_helo="mail.nautilus-shipping.gr", gw_ip="62.103.44.27", inner="NSH-EXCH01.nautilus.local",
                      inner_ip="172.16.2.10", lang="el-GR", zone="EET"),
              frm=CORR["nautilus"], to=[S("gr_mgr")], subject="Αίτημα προσφοράς: επίσημη μετάφραση πιστοποιητικών πλοίου (EL>EN)", t=t,
              zone="EET", hcs="iso-8859-7", hmode="B",
              body=lambda k: alt(k, text, html_outlook(text, "iso-8859-7", "EL"), "iso-8859-7", quote_cs=True),
              what="Shipping customer requests a quotation for certified EL>EN translations of ship certificates before a class survey.",
              why="Known customer's on-premises Exchange behind its own gateway, concrete vessel and document details, no links or attachments.")


def b34():
    t = T("2026-12-07 08:05:51", "EET")
    text = """Νίκο καλημέρα,

Το λάπτοπ της εταιρείας δεν ανοίγει από χθες το βράδυ (μαύρη οθόνη, αναβοσβήνει μόνο το πορτοκαλί λαμπάκι της φόρτισης), γι' αυτό σου γράφω από το προσωπικό μου email.

Άνοιξα ήδη τηλεφωνικά αίτημα στο helpdesk της Κολωνίας (αρ. αιτήματος 58213) και μου είπαν ότι θα στείλουν αντικαταστάτη με courier μέχρι την Τετάρτη. Μέχρι τότε θα δουλεύω από το σπίτι μόνο με Outlook Web και Teams, χωρίς πρόσβαση στο ERP.

Αυτό σημαίνει ότι οι πληρωμές προμηθευτών της Παρασκευής θα γίνουν μόλις πάρω το νέο μηχάνημα. Αν υπάρχει κάτι επείγον, πάρε με στο κινητό.

Ευχαριστώ,
Ελένη
"""
    return mk(F, 34, "el", "colleague-broken-laptop-private-otenet",
              infra=P(I.otenet, origin_ip="94.66.131.207", style="outlook_classic", mailer="Microsoft Outlook 16.0"), frm=CORR["georgiou_priv"], to=[S("gr_mgr")],
              subject="Χάλασε το λάπτοπ – δουλεύω από το σπίτι", t=t, zone="EET", hcs="iso-8859-7", hmode="B",
              body=lambda k: Text(text, "plain", "iso-8859-7", "8bit"),
              what="The Greek accountant writes from her private otenet.gr mailbox that her company laptop is broken and she works from home until a replacement arrives.",
              why="Real employee's private ISP mailbox from a Greek residential IP, helpdesk ticket number, delays payments rather than requesting any; no links or account changes.",
              pair="attack 36")


def b35():
    t = T("2026-12-01 09:47:26", "EET")
    text = """Ελένη, καλημέρα,

Σε παρακαλώ πλήρωσε σήμερα το τιμολόγιο ΤΠΥ 2026/0418 της Syntech (6.820,00 €) – το έχω ήδη εγκρίνει στο ERP. Μίλησα στο τηλέφωνο με τον κ. Δημητρίου· χρειάζονται την πληρωμή για να μας κρατήσουν τις καμπίνες για το συνέδριο του Ιανουαρίου.

Ο λογαριασμός είναι ο γνωστός της Πειραιώς που έχουμε στο αρχείο – όχι κάποιος νέος. Την περασμένη εβδομάδα ήρθε email από παρόμοιο domain με «αλλαγή IBAN»· το έχω ήδη προωθήσει στο IT.

Ευχαριστώ,
Νίκος

Νίκος Παπαδόπουλος
Διευθυντής Γραφείου | Example Group Hellas Μ.Ι.Κ.Ε.
Τσιμισκή 43, 546 23 Θεσσαλονίκη
"""
    return mk(F, 35, "el", "manager-urgent-payment-internal",
              infra=P(I.exchange_int, ws_ip="10.20.71.14", lang="el-GR"), frm=S("gr_mgr"), to=[S("gr_acc")],
              subject="Επείγον: πληρωμή Syntech σήμερα", t=t, zone="EET", hcs="iso-8859-7", hmode="B",
              extra=[("Importance", "high")],
              body=lambda k: alt(k, text, html_outlook(text, "iso-8859-7", "EL"), "iso-8859-7", "base64", quote_cs=True),
              internal=True,
              what="The Thessaloniki office manager asks the accountant to pay the approved Syntech invoice today to the known account, warning about the fake IBAN change.",
              why="Internal Exchange mail via mail-int01, ERP approval, phone contact with the supplier, explicitly the master-data account.",
              pair="attack 36, 33")


def b36():
    t = T("2026-10-19 11:15:09", "EET")
    text = """ACS Courier

Η αποστολή σας είναι καθ' οδόν

Αριθμός αποστολής: 7391028846
Αποστολέας: EXAMPLE GROUP SPRACHDIENSTE GMBH, Köln
Αναμενόμενη παράδοση: Τρίτη 20/10/2026, 09:00–13:00

Παρακολουθήστε την αποστολή σας: https://www.acscourier.net/el/track-and-trace?p=7391028846

Η ACS δεν ζητά ποτέ πληρωμή τελών μέσω SMS ή email. Για οποιαδήποτε απορία επικοινωνήστε με το 210 8190000.

ACS Ταχυδρομικές Υπηρεσίες Μ.Α.Ε.
"""
    html = html_simple(text, "UTF-8", "font-family:Arial,sans-serif;font-size:14px;color:#333")
    return mk(F, 36, "el", "courier-shipment-notice",
              infra=P(I.service, host="mailout2.acscourier.net", ip="193.92.156.41", inner="notify-app02.acscourier.local",
                      msgid_dom="acscourier.net", rp="bounces@acscourier.net", zone="EET"),
              frm=CORR["acs"], to=[S("gr_mgr")], subject="ACS: Η αποστολή σας 7391028846 είναι καθ' οδόν", t=t, zone="EET", bstyle="java",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              what="ACS courier's shipment notice for a parcel from Cologne HQ (certified translations) with a tracking link.",
              why="Courier's own domain and mail relay, link to acscourier.net track-and-trace, explicitly no fees requested.",
              pair="attack 34")


# -------------------------------------------------------------- Russian

def b37():
    t = T("2026-10-12 10:21:33", "MSK")
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт example-group-spb выполнен вход с нового устройства.

Устройство: Яндекс Браузер, Windows
Место: Санкт-Петербург, Россия
Время: 12.10.2026, 10:20 (МСК)

Если это были вы, ничего делать не нужно.
Если это были не вы, перейдите в раздел «Безопасность» и смените пароль: https://id.yandex.ru/security

Команда Яндекс ID
"""
    html = html_simple(text, "utf-8", "font-family:'YS Text',Arial,sans-serif;font-size:15px;color:#000")
    return mk(F, 37, "ru", "yandex-id-signin-notice",
              infra=P(I.yandex_id), frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[S("ru_mgr")],
              subject="Вход в аккаунт example-group-spb", t=t, zone="MSK", bstyle="yandex",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="Yandex ID's genuine new-sign-in notice for the Russian office's Yandex account (used for Yandex Direct / Business).",
              why="Sent via Yandex forward servers from id.yandex.ru, the link goes to id.yandex.ru/security, sign-in from the office city.",
              pair="attack 38")


def b38():
    t = T("2026-11-27 12:04:18", "MSK")
    url = "https://diadoc.kontur.ru/4a7e2b91-3c5d-4f08-9e16-b2d8a0c7f351/Document/Show?letterId=8c0f3e52-71ad-4b96-a5d2-e19f7c34b0a6"
    text = """Новый документ в Диадоке

Отправитель: ООО «Невская типография», ИНН %s
Получатель: ООО «Экзампл Груп Рус»
Документ: УПД № 1211 от 27.11.2026, сумма 48 900,00 ₽

Открыть документ: %s

Вы получили это письмо, потому что подписаны на уведомления о входящих документах в Диадоке. Настроить уведомления можно в разделе «Профиль».

Контур.Диадок
""" % (BANK["nevskaya_inn"], url)
    html = html_simple(text, "utf-8", "font-family:Arial,sans-serif;font-size:14px;color:#222")
    return mk(F, 38, "ru", "edo-diadoc-document-notice",
              infra=P(I.service, host="mail-out3.kontur.ru", ip="46.17.204.23", inner="diadoc-notify12.kontur.local",
                      msgid_dom="diadoc.kontur.ru", rp="bounce@diadoc.kontur.ru", zone="MSK"),
              frm=("Контур.Диадок", "noreply@diadoc.kontur.ru"), to=[S("ru_acc")],
              subject="Новый документ от ООО «Невская типография»: УПД № 1211", t=t, zone="MSK", bstyle="java",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              what="Genuine Kontur.Diadoc notification of an incoming UPD from the print supplier.",
              why="Sent from diadoc.kontur.ru via Kontur's mail relay, link into diadoc.kontur.ru, notification-settings footer, matches a real delivery.",
              pair="attack 40")


def b39():
    t = T("2026-10-30 15:37:40", "MSK")
    B = BANK
    inv = pdf([[(13, True, "OOO «Nevskaya tipografiya»"), "INN %s  KPP %s" % (B["nevskaya_inn"], B["nevskaya_kpp"]),
                "r/s %s  PAO Sberbank  k/s %s  BIK %s" % (B["nevskaya_rs"], B["nevskaya_ks"], B["nevskaya_bik"]), "",
                (12, True, "Schet na oplatu No. 1192 ot 30.10.2026"), "",
                "Pokupatel': OOO «Ekzampl Grup Rus», INN " + B["example_ru_inn"], "",
                "Pechat' i pereplet zaverennykh perevodov (prosh'vka, plomba), 310 str.      33 811,48",
                "NDS 22%                                                                    7 438,52",
                (11, True, "Itogo k oplate: 41 250,00 rub.")]],
              title="Schet 1192", creator="1C:Enterprise 8.3", producer="1C:Enterprise 8.3", date=pdfdate(t, "+03'00'"))
    text = """Добрый день, Ольга!

Направляем счёт № 1192 от 30.10.2026 на печать и переплёт заверенных переводов (310 страниц, прошивка и пломбирование).

Сумма: 41 250,00 руб., в т.ч. НДС 22 %% – 7 438,52 руб.

Реквизиты для оплаты прежние:
р/с %s в ПАО Сбербанк
к/с %s, БИК %s

Оригиналы закрывающих документов передадим с курьером вместе с тиражом.

С уважением,
бухгалтерия ООО «Невская типография»
тел. (812) 407-18-26
""" % (B["nevskaya_rs"], B["nevskaya_ks"], B["nevskaya_bik"])
    return mk(F, 39, "ru", "print-supplier-invoice-koi8r",
              infra=P(I.yandex360, origin="188.134.71.92"), frm=CORR["nevskaya"], to=[S("ru_acc")],
              subject="Счёт № 1192 от 30.10.2026", t=t, zone="MSK", hcs="koi8-r", hmode="B",
              body=lambda k: Multi("mixed", [Text(text, "plain", "koi8-r", "8bit"),
                                             PDF("Schet_1192.pdf", inv, fn_style="plain")], k.bd()),
              what="Print supplier sends invoice 1192 (binding of certified translations) from its Yandex 360 domain mailbox via The Bat!.",
              why="Real supplier domain nevskaya-tip.ru hosted at Yandex 360, bank details 'unchanged' (Sberbank, valid BIK control key), invoice referenced later by attack 39.",
              pair="attack 39")


def b40():
    t = T("2026-11-18 09:12:05", "MSK")
    text = """Дмитрий, добрый день!

К сожалению, я заболела: температура 38,5, врач выписал больничный до конца недели. Перевод руководства по эксплуатации (EN>RU, проект PRJ-20902) смогу сдать не в пятницу, а в понедельник, 23.11, до 12:00.

Примерно 60 % текста уже готово и проверено в memoQ — если нужно, могу сегодня выгрузить готовую часть, чтобы редактор начал работу.

Извините за неудобства.

Анна Петрова
"""
    html = "<div>" + "</div><div>".join(esc(x) if x else "&nbsp;" for x in text.split("\n")) + "</div>\n"
    return mk(F, 40, "ru", "freelancer-sick-delay-yandex",
              infra=P(I.yandex_web, origin="95.55.%d.%d"), frm=CORR["petrova"], to=[S("ru_mgr")],
              subject="Задержка перевода PRJ-20902 — болею", t=t, zone="MSK", bstyle="yandex",
              body=lambda k: alt(k, text, html, "utf-8", "base64"),
              what="Freelance translator tells the St Petersburg manager she is ill and the delivery slips to Monday.",
              why="Known freelancer's yandex.ru mailbox via Yandex webmail, ordinary project communication, no links, attachments or payment topics.")


BUSINESS = [b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, b37, b38, b39, b40]
