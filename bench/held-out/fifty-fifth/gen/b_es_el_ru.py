"""Business messages 27-31 (Spanish), 32-36 (Greek), 37-40 (Russian)."""
from common import *
from people import *
from mime import rewrap

F = "business"


def build(ref):
    # ============================================================ SPANISH
    # ------------------------------------------------------------ 27 tax advisor about a real AEAT requirement
    elena = C["navarro"]["people"][0]
    text = dedent("""
        Hola Lucía:

        Te aviso de que esta mañana nos ha llegado a la DEHú, con nuestro certificado de
        representante, un requerimiento de la AEAT sobre el modelo 303 del tercer trimestre
        (referencia 2026GRC46R0118375K). Piden el libro registro de facturas recibidas y las cinco
        facturas de mayor importe del trimestre.

        No tenéis que hacer nada en la sede ni entrar en ningún enlace: lo contestamos nosotros. Solo
        necesito que me subas las facturas al espacio compartido de siempre antes del viernes 20. El
        plazo de la Agencia es de diez días hábiles, así que vamos bien.

        Cualquier duda, llámame al despacho.

        Un abrazo,
        Elena

        Elena Navarro Puig
        Asesoría Navarro - Fiscal, laboral y contable
        C/ Colón 48, 3º - 46004 Valencia - Tel. 963 52 18 40
    """)
    mail(F, 27, "es", "tax-advisor-aeat-requirement",
         via=V(sd.hosted, server="mail.asesorianavarro.es", server_ip="217.76.150.44", client_ip="81.45.77.201",
               client_rdns="201.red-81-45-77.dynamicip.rima-tde.net", client="outlook16", zone="ES"),
         frm=elena, to=[ACCES.a], subject="Requerimiento AEAT modelo 303 3T - necesito facturas",
         t=L(11, 12, 12, 40, "ES"), hcs="windows-1252",
         body=alt(text, html_outlook(text, lang="ES"), "windows-1252", "quoted-printable"),
         what="The Valencia office's tax advisor reports a real AEAT information request received in DEHú.",
         why="Known advisor on her own domain, handles the notification herself, explicitly no links to click, asks for documents via the usual channel. Hard negative of A27.",
         pair="A27")

    # ------------------------------------------------------------ 28 supplier invoice (workwear)
    fac = C["levante"]["people"][1]
    text = dedent("""
        Estimados clientes:

        Adjuntamos la factura FV-2026-1471 correspondiente al albarán AL-26-3318 (vestuario de invierno
        para el personal de limpieza y vigilancia).

        Importe total: 2.214,66 €
        Vencimiento: 30 días fecha factura, domiciliación o transferencia a la cuenta habitual de
        CaixaBank (%s).

        Atentamente,
        Departamento de Facturación
        Suministros Levante S.A. - CIF %s
        Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 27 - 46988 Paterna (Valencia)
    """) % (ids.fmt_iban(LEVANTE_IBAN), LEVANTE_CIF)
    pdfl = [("SUMINISTROS LEVANTE S.A.", 15, "B"), "CIF " + LEVANTE_CIF + " · 46988 Paterna (Valencia)", "",
            ("FACTURA FV-2026-1471 · Fecha 06/11/2026", 12, "B"), "Cliente: Example Group Servicios S.L. - Valencia",
            "Albarán: AL-26-3318", "",
            "Artículo                                    Uds.    Precio      Importe",
            "Chaqueta softshell alta visibilidad          24     38,50       924,00",
            "Polo manga larga con logo                    48     12,90       619,20",
            "Pantalón multibolsillos invierno             24     26,80       643,20", "",
            "Base imponible 1.830,30 €    IVA 21 % 384,36 €", ("TOTAL 2.214,66 €", 12, "B"), "",
            "Forma de pago: transferencia a 30 días", "CaixaBank · IBAN " + ids.fmt_iban(LEVANTE_IBAN)]
    mail(F, 28, "es", "supplier-invoice-workwear",
         via=V(sd.hosted, server="mail.suministroslevante.es", server_ip="212.36.75.18", client_ip="212.36.75.40",
               client_rdns="erp.suministroslevante.es", client="none", zone="ES"),
         frm=fac, to=[ACCES.a], subject="Factura FV-2026-1471 - Suministros Levante S.A.", t=L(11, 6, 10, 2, "ES"),
         hcs="iso-8859-15",
         body=mixed(Text(text, "iso-8859-15", "quoted-printable"),
                    pdf_att(pdfl, "FV-2026-1471.pdf", title="Factura FV-2026-1471", author="Suministros Levante",
                            producer="a3ERP", created="20261106100144+01'00'")),
         what="Workwear supplier's invoice from its ERP mailbox.",
         why="Real domain suministroslevante.es and its own server, account matches master data (CaixaBank, valid Spanish check digits), expected after a delivery note. Hard negative of A28.",
         pair="A28")

    # ------------------------------------------------------------ 29 genuine DocuSign envelope (Spanish)
    marta = C["turia"]["people"][0]
    env, acct = "9d2e4b71-3c8a-4f05-b6e2-1a7c9d0e3f58", "2c6f8a13-5d9e-4b27-8c04-e7a1b3d5f902"
    link = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=6b0d2f9e-1a47-4c83-"
            "9e5b-d3c8a17f2e46" % (env, acct))
    paras = ["<b>Marta Sánchez Gil</b> le ha enviado un documento para revisar y firmar.",
             "Hola Javier, te envío el contrato 2027 con las condiciones que cerramos el martes. Gracias. Marta",
             "No comparta este correo electrónico: contiene un enlace seguro a DocuSign."]
    html = brand_html("Complete con DocuSign: Contrato servicios limpieza y seguridad 2027 - Hotel Turia Centro",
                      "#1e1656", paras, "REVISAR DOCUMENTO", link, lang="es", logo_text="DocuSign",
                      footer="Método de firma alternativo: visite docusign.com, haga clic en 'Acceder a los "
                             "documentos' e introduzca el código de seguridad: 9D2E4B713C8A4F05B6E21A7C9D0E3F582"
                             "<br>DocuSign, Inc. 221 Main St., San Francisco, CA 94105")
    text = dedent("""
        Marta Sánchez Gil le ha enviado un documento para revisar y firmar.

        Hola Javier, te envío el contrato 2027 con las condiciones que cerramos el martes. Gracias. Marta

        REVISAR DOCUMENTO: %s

        Método de firma alternativo: visite docusign.com, haga clic en 'Acceder a los documentos' e
        introduzca el código de seguridad: 9D2E4B713C8A4F05B6E21A7C9D0E3F582
    """) % link
    mail(F, 29, "es", "docusign-envelope-genuine", via=V(sd.docusign),
         frm=("Marta Sánchez Gil a través de DocuSign", "dse@eumail.docusign.net"), reply_to=marta, to=[OFFES.a],
         subject="Complete con DocuSign: Contrato servicios limpieza y seguridad 2027 - Hotel Turia Centro",
         t=L(12, 3, 12, 26, "ES"), body=alt(text, html, "utf-8", "quoted-printable"),
         what="Genuine DocuSign envelope from the hotel customer with the negotiated 2027 contract.",
         why="DocuSign EU infrastructure, link to eu.docusign.net, Reply-To is the known customer contact, follows a negotiation. Hard negative of A29 (QR DocuSign look-alike).",
         pair="A29")

    # ------------------------------------------------------------ 30 trade newsletter (Brevo)
    lu = [("List-Unsubscribe", "<https://limpiezayfacility.es/baja?email=javier.martinez%40example.com&c=ab17>, "
                               "<mailto:baja@limpiezayfacility.es?subject=baja>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    items = ["<b>Convenio de limpieza de la provincia de Valencia:</b> tablas salariales 2027 y cláusula de revisión.",
             "<b>Seguridad privada:</b> el nuevo reglamento y la formación obligatoria de vigilantes.",
             "<b>Hoteles:</b> cómo reducir un 20 % el consumo de químicos con dosificación automática.",
             "<b>Agenda:</b> Jornada Facility Valencia, 21 de enero de 2027."]
    html = brand_html("Limpieza & Facility - Boletín semanal", "#005f73", items, "Leer el boletín",
                      "https://limpiezayfacility.es/boletin/2026-48", lang="es", logo_text="Limpieza & Facility",
                      footer="Recibe este boletín porque se suscribió en limpiezayfacility.es. "
                             "<a href=\"https://limpiezayfacility.es/baja?email=javier.martinez%40example.com&c=ab17\">"
                             "Darse de baja</a>")
    text = dedent("""
        Limpieza & Facility - Boletín semanal

        - Convenio de limpieza de la provincia de Valencia: tablas salariales 2027
        - Seguridad privada: el nuevo reglamento y la formación obligatoria
        - Hoteles: reducir un 20 % el consumo de químicos
        - Agenda: Jornada Facility Valencia, 21 de enero de 2027

        Leer el boletín: https://limpiezayfacility.es/boletin/2026-48
        Darse de baja: https://limpiezayfacility.es/baja?email=javier.martinez%40example.com&c=ab17
    """)
    mail(F, 30, "es", "trade-newsletter-brevo", via=V(sd.brevo, list_unsub=lu),
         frm=("Limpieza & Facility", "boletin@limpiezayfacility.es"), to=[OFFES.a],
         subject="Convenio de limpieza 2027, nuevo reglamento de seguridad privada y más", t=L(11, 26, 7, 0, "ES"),
         body=alt(text, html, "utf-8", "quoted-printable"),
         what="Subscribed Spanish trade newsletter sent through Brevo.",
         why="Subscribed bulk mail with List-Unsubscribe and one-click POST, consistent domain, informational content.")

    # ------------------------------------------------------------ 31 customer complaint (hotel)
    text = dedent("""
        Buenos días, Javier:

        Te escribo para dejar constancia formal de las incidencias del fin de semana en el Hotel Turia
        Centro: el sábado quedaron 14 habitaciones sin repasar a las 15:00, con clientes esperando en
        recepción, y el domingo el vigilante de noche abandonó el puesto de 3:00 a 4:30.

        Necesito para el miércoles un informe con las causas y las medidas que vais a tomar. Si se
        repite algo así, aplicaremos la penalización prevista en el anexo II del contrato.

        Llámame cuando lo hayas leído, por favor.

        Marta Sánchez Gil
        Directora de Operaciones
        Grupo Hotelero Turia S.L.
        Tel. 963 91 45 20
    """)
    mail(F, 31, "es", "customer-complaint-hotel",
         via=V(sd.hosted, server="mail.hotelesturia.es", server_ip="185.47.13.62", client_ip="88.12.104.33",
               client_rdns="33.red-88-12-104.staticip.rima-tde.net", client="thunderbird", zone="ES"),
         frm=marta, to=[OFFES.a], cc=[OPS.a], subject="Incidencias fin de semana Hotel Turia Centro",
         t=L(11, 16, 8, 21, "ES"), hcs="iso-8859-1", body=Text(text, "iso-8859-1", "8bit"),
         what="Hotel customer formally complains about weekend service failures and threatens a penalty.",
         why="Known customer on its own server, concrete operational facts, asks for a report and a call; pressure is legitimate.")

    # ============================================================ GREEK
    # ------------------------------------------------------------ 32 external accountant: myDATA reminder
    mav = C["mavr"]["people"][0]
    text = dedent("""
        Καλημέρα Ελένη,

        υπενθύμιση για το κλείσιμο του Νοεμβρίου:

        1. Τα παραστατικά εξόδων Νοεμβρίου να διαβιβαστούν στο myDATA έως τις 10/12 - όσα έχουν
        αποκλίσεις θα σας τα στείλω με ξεχωριστό email.
        2. Η περιοδική δήλωση ΦΠΑ Νοεμβρίου υποβάλλεται από εμάς έως 31/12. Το χρεωστικό υπόλοιπο θα
        σας το στείλω με την ταυτότητα οφειλής· την πληρωμή την κάνετε εσείς από το e-banking όπως
        πάντα, όχι από σύνδεσμο.
        3. Θυμίζω ότι η ΑΑΔΕ δεν στέλνει email για επιστροφές με συνδέσμους σύνδεσης - ό,τι λάβετε
        τέτοιο, προωθήστε το σε μένα πριν κάνετε οτιδήποτε.

        Καλή συνέχεια,
        Σοφία Μαυρίδη
        Λογιστικό Γραφείο Μαυρίδη
        Λεωφ. Κηφισίας 124, 115 26 Αθήνα - Τηλ. 210 69 88 412
    """)
    mail(F, 32, "el", "accountant-mydata-vat-reminder",
         via=V(sd.hosted, server="mail.mavridis-logistiki.gr", server_ip="185.4.133.27", client_ip="94.66.221.18",
               client_rdns="ppp-94-66-221-18.home.otenet.gr", client="outlook16", zone="GR"),
         frm=mav, to=[ACCGR.a], subject="Υπενθύμιση Νοεμβρίου: myDATA και ΦΠΑ", t=L(12, 1, 9, 15, "GR"),
         hcs="iso-8859-7", body=alt(text, html_outlook(text, lang="EL"), "iso-8859-7", "quoted-printable"),
         what="The Athens office's external accountant reminds about myDATA transmission and the VAT return.",
         why="Known accountant on her own domain, routine deadlines, tells the client to pay via e-banking and to forward suspicious AADE mails. Hard negative of A32.",
         pair="A32")

    # ------------------------------------------------------------ 33 trade newsletter (Mailchimp)
    lu = [("List-Unsubscribe", "<https://fmhellas.us21.list-manage.com/unsubscribe?u=3f8e2a1c7b9d4e5f6a0b1c2d3&id=9a8b7c6d5e&e=4c1d2e3f4a&c=b2c3d4e5f6>, "
                               "<mailto:unsubscribe-mc.us21_3f8e2a1c7b9d4e5f6a0b1c2d3.b2c3d4e5f6-4c1d2e3f4a@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "FM Hellas <3f8e2a1c7b9d4e5f6a0b1c2d3.list-id.mcsv.net>")]
    items = ["<b>Διαγωνισμοί:</b> νέες προκηρύξεις καθαριότητας και φύλαξης σε νοσοκομεία της Αττικής.",
             "<b>Εργασιακά:</b> τι αλλάζει στην ψηφιακή κάρτα εργασίας για τις εταιρείες security το 2027.",
             "<b>Ενέργεια:</b> προγραμματισμένη συντήρηση HVAC και εξοικονόμηση σε κτίρια γραφείων.",
             "<b>Εκδηλώσεις:</b> FM Hellas Forum, 4 Φεβρουαρίου 2027, Αθήνα."]
    html = brand_html("FM Hellas - Εβδομαδιαίο ενημερωτικό", "#3d5a80", items, "Διαβάστε περισσότερα",
                      "https://fmhellas.gr/newsletter/2026-49?utm_source=mailchimp", lang="el", logo_text="FM Hellas",
                      footer="Λαμβάνετε αυτό το μήνυμα επειδή εγγραφήκατε στο fmhellas.gr.<br>"
                             "<a href=\"https://fmhellas.us21.list-manage.com/unsubscribe?u=3f8e2a1c7b9d4e5f6a0b1c2d3&id=9a8b7c6d5e\">"
                             "Διαγραφή από τη λίστα</a>")
    text = dedent("""
        FM Hellas - Εβδομαδιαίο ενημερωτικό

        - Διαγωνισμοί: νέες προκηρύξεις καθαριότητας και φύλαξης σε νοσοκομεία της Αττικής
        - Εργασιακά: η ψηφιακή κάρτα εργασίας για τις εταιρείες security το 2027
        - Ενέργεια: συντήρηση HVAC και εξοικονόμηση σε κτίρια γραφείων
        - FM Hellas Forum, 4 Φεβρουαρίου 2027, Αθήνα

        https://fmhellas.gr/newsletter/2026-49
    """)
    mail(F, 33, "el", "trade-newsletter-mailchimp", via=V(sd.mailchimp, list_unsub=lu),
         frm=("FM Hellas", "news@fmhellas.gr"), to=[OFFGR.a],
         subject="Διαγωνισμοί καθαριότητας, ψηφιακή κάρτα εργασίας και FM Forum 2027", t=L(12, 3, 8, 0, "GR"),
         body=alt(text, html, "utf-8", "quoted-printable"),
         what="Subscribed Greek facility-management newsletter via Mailchimp.",
         why="Mailchimp list with List-Unsubscribe, one-click POST and List-Id; informational.")

    # ------------------------------------------------------------ 34 subcontractor invoice (otenet)
    karag = C["karag"]["people"][0]
    text = dedent("""
        Καλημέρα σας,

        σας στέλνω συνημμένο το τιμολόγιο παροχής υπηρεσιών 312/2026 για τη συντήρηση των κλιματιστικών
        στο Kifisias Business Park (κτίρια Β και Γ, 12-14/10). Έχει διαβιβαστεί και στο myDATA.

        Ποσό: 2.976,00 € (2.400,00 € + ΦΠΑ 24%%)
        Πληρωμή στον λογαριασμό μου στην Εθνική Τράπεζα:
        IBAN %s

        Ευχαριστώ,
        Γιώργος Καραγιάννης
        Ηλεκτρολόγος Μηχανικός - Ψυκτικός
        Τηλ. 697 412 3388
    """) % ids.fmt_iban(KARAG_IBAN)
    pdfl = [("ΓΕΩΡΓΙΟΣ ΚΑΡΑΓΙΑΝΝΗΣ", 14, "B"), "Ηλεκτρομηχανολογικές εργασίες · ΑΦΜ " + ids.gr_afm("12874593") +
            " · ΔΟΥ Αμαρουσίου", "", ("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ 312/2026 - 15/10/2026", 12, "B"),
            "Πελάτης: Example Group Hellas Μ.Ε.Π.Ε.", "",
            "Συντήρηση κλιματιστικών μονάδων, KBP κτίρια Β και Γ          2.400,00",
            "ΦΠΑ 24%                                                        576,00",
            ("Σύνολο                                                       2.976,00 €", 11, "B"), "",
            "Τρόπος πληρωμής: κατάθεση σε λογαριασμό", "Εθνική Τράπεζα · IBAN " + ids.fmt_iban(KARAG_IBAN),
            "MARK myDATA: 400001928374615"]
    t34 = L(10, 16, 8, 40, "GR")
    ref["B34"] = mail(F, 34, "el", "subcontractor-invoice-otenet",
                      via=V(sd.hosted, server="mail-out.otenet.gr", server_ip="83.235.69.31", client_ip="94.66.221.41",
                            client_rdns="ppp-94-66-221-41.home.otenet.gr", client="outlook16", zone="GR"),
                      frm=karag, to=[ACCGR.a], subject="Τιμολόγιο 312/2026 - συντήρηση κλιματισμού KBP", t=t34,
                      hcs="windows-1253",
                      body=mixed(alt(text, html_outlook(text, lang="EL"), "windows-1253", "quoted-printable"),
                                 pdf_att(pdfl, "Timologio_312_2026.pdf", title="Τιμολόγιο 312/2026",
                                         author="Γ. Καραγιάννης", producer="Epsilon Smart",
                                         created="20261016083702+03'00'")),
                      what="HVAC/electrical subcontractor sends his invoice from his otenet.gr mailbox.",
                      why="Known subcontractor address via OTE's mail server from his home OTE line, NBG account as before, invoice registered in myDATA (MARK). The same mailbox is later abused in A34.",
                      pair="A34")
    ref["B34_quote"] = ("\nΣτις 16/10/2026 11:40 π.μ., Γιώργος Καραγιάννης έγραψε:\n"
                        + quote_lines(rewrap(text, 72)))

    # ------------------------------------------------------------ 35 customer complaint (alarm response)
    nik = C["kbp"]["people"][0]
    text = dedent("""
        Κύριε Παπαδόπουλε,

        την Κυριακή 22/11 στις 02:17 ενεργοποιήθηκε συναγερμός στην είσοδο του κτιρίου Γ και η
        περίπολός σας έφτασε στις 02:58, ενώ η σύμβαση προβλέπει απόκριση εντός 15 λεπτών. Ευτυχώς
        δεν υπήρξε διάρρηξη, αλλά το συμβάν είναι σοβαρό.

        Παρακαλώ να μας αποστείλετε έως την Παρασκευή αναφορά συμβάντος με τα στοιχεία GPS της
        περιπόλου και τα διορθωτικά μέτρα. Σε περίπτωση επανάληψης θα εφαρμοστεί η ρήτρα του άρθρου 7.

        Με εκτίμηση,
        Νίκος Αντωνίου
        Facility Manager
        Kifisias Business Park Α.Ε.
    """)
    mail(F, 35, "el", "customer-complaint-alarm-response",
         via=V(sd.m365, srv="AM8PR04MB7745", region="eurprd04", srv2="DB9PR04MB8412", lang="el-GR",
               accept="el-GR, en-US", eop=("EUR04-DB3-obe.outbound.protection.outlook.com",
                                           "mail-db3eur04on2102.outbound.protection.outlook.com", "40.107.6.102")),
         frm=nik, to=[OFFGR.a], cc=[OPS.a], subject="Καθυστέρηση απόκρισης σε συναγερμό - κτίριο Γ",
         t=L(11, 23, 9, 5, "GR"), body=alt(text, html_outlook(text, lang="EL"), "utf-8", "base64"),
         what="Business-park customer complains about a late alarm response and cites the contract clause.",
         why="Known customer tenant, concrete incident, asks for a report; no payment, link or credential request.")

    # ------------------------------------------------------------ 36 colleague sick leave from Gmail
    text = dedent("""
        Καλημέρα Δημήτρη,

        δεν είμαι καλά από χθες το βράδυ (πυρετός), οπότε σήμερα και αύριο θα λείψω. Η γιατρός θα
        εκδώσει τη βεβαίωση ασθένειας ηλεκτρονικά, θα τη στείλω και στο HR μόλις τη πάρω.

        Οι πληρωμές προμηθευτών της Πέμπτης είναι έτοιμες στο e-banking για έγκριση, λείπει μόνο η δική
        σου υπογραφή. Αν χρειαστεί κάτι επείγον, πάρε με στο κινητό.

        Ελένη
    """)
    mail(F, 36, "el", "colleague-sick-leave-gmail",
         via=V(sd.gmail, pfx="ed1", f=50, ip="209.85.208.50"), frm=(ACCGR.native, "eleni.georgiou.ath@gmail.com"),
         to=[OFFGR.a], subject="Άδεια ασθενείας σήμερα και αύριο", t=L(11, 25, 7, 31, "GR"),
         body=alt(text, html_gmail(text), "utf-8", "quoted-printable"),
         what="The Athens accountant reports sick from her private Gmail.",
         why="Private address of a colleague, no request beyond normal approvals that stay in e-banking, offers phone contact.")

    # ============================================================ RUSSIAN
    # ------------------------------------------------------------ 37 customer: reconciliation statement
    irina = C["nevsky"]["people"][0]
    text = dedent("""
        Добрый день, Ольга!

        Направляю акт сверки взаимных расчётов за 3 квартал 2026 года между ООО "Невская
        Недвижимость" и ООО "Экзампл Групп". С нашей стороны расхождений нет, сальдо на 30.09.2026
        - 0,00 руб.

        Оригиналы подпишем через Диадок, как обычно. Если у вас есть расхождения, пришлите, пожалуйста,
        ваш вариант до 20 ноября.

        С уважением,
        Ирина Павлова
        Главный бухгалтер
        ООО "Невская Недвижимость" (БЦ "Невский Плаза")
        ИНН %s / КПП %s
        тел. +7 (812) 640-18-22
    """) % (NEVSKY["inn"], NEVSKY["kpp"])
    pdfl = [("АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЁТОВ", 13, "B"), "за период 01.07.2026 - 30.09.2026", "",
            "между ООО «Невская Недвижимость» (ИНН %s) и ООО «Экзампл Групп» (ИНН %s)" % (NEVSKY["inn"], EG_RU["inn"]), "",
            "Дата        Документ                           Дебет          Кредит",
            "01.07.2026  Сальдо начальное                    0,00",
            "31.07.2026  Акт № 412 (уборка, охрана)                       1 248 000,00",
            "05.08.2026  Платёжное поручение № 3381     1 248 000,00",
            "31.08.2026  Акт № 455 (уборка, охрана)                       1 248 000,00",
            "04.09.2026  Платёжное поручение № 3517     1 248 000,00",
            "30.09.2026  Акт № 497 (уборка, охрана)                       1 248 000,00",
            "30.09.2026  Платёжное поручение № 3702     1 248 000,00", "",
            ("Сальдо на 30.09.2026: 0,00 руб.", 11, "B"), "",
            "Главный бухгалтер ____________ И. В. Павлова"]
    mail(F, 37, "ru", "customer-reconciliation-statement",
         via=V(sd.hosted, server="mail.nevsky-plaza.ru", server_ip="188.64.170.45", client_ip="188.64.170.109",
               client_rdns="buh-3.nevsky-plaza.ru", client="outlook14", zone="RU"),
         frm=irina, to=[ACCRU.a], subject="Акт сверки за 3 квартал 2026", t=L(11, 10, 11, 22, "RU"), hcs="koi8-r",
         body=mixed(alt(text, html_outlook(text, lang="RU"), "koi8-r", "quoted-printable"),
                    pdf_att(pdfl, "Акт_сверки_3кв2026.pdf", title="Акт сверки", author="Павлова И.В.",
                            producer="1С:Предприятие 8.3", created="20261110112011+03'00'", name_style="2047",
                            name_charset="koi8-r")),
         what="Customer's chief accountant sends the Q3 reconciliation statement (PDF).",
         why="Known customer domain and its own server, routine accounting document, originals via the EDI system; no payment change or link. Hard negative of A37 (official document attachment).",
         pair="A37")

    # ------------------------------------------------------------ 38 subcontractor invoice (Yandex web)
    vol = C["volkov"]["people"][0]
    text = dedent("""
        Ольга, добрый день!

        Высылаю счёт № 46 от 27.10.2026 за мойку фасада и остекления БЦ «Невский Плаза» (октябрь) и акт.
        Реквизиты прежние, Сбербанк.

        Спасибо!
        Сергей Волков
        ИП Волков С.А., тел. +7 921 944-18-07
    """)
    pdfl = [("ИП Волков Сергей Андреевич", 13, "B"), "ИНН " + VOLKOV["inn"], "",
            "Банк получателя: " + VOLKOV["bank"], "БИК " + VOLKOV["bik"] + "   к/с " + VOLKOV["corr"],
            "р/с " + VOLKOV["acct"], "", ("СЧЁТ НА ОПЛАТУ № 46 от 27.10.2026", 12, "B"),
            "Покупатель: ООО «Экзампл Групп», ИНН " + EG_RU["inn"] + ", КПП " + EG_RU["kpp"], "",
            "Мойка фасада и остекления, БЦ «Невский Плаза», октябрь 2026        86 400,00", "",
            ("Итого к оплате: 86 400,00 руб. Без НДС (УСН)", 11, "B"), "", "ИП ____________ С. А. Волков"]
    mail(F, 38, "ru", "subcontractor-invoice-yandex", via=V(sd.yandex),
         frm=vol, to=[ACCRU.a], subject="Счёт 46 за октябрь", t=L(10, 27, 16, 2, "RU"),
         body=mixed(Text(text, "utf-8", "base64"),
                    pdf_att(pdfl, "Счет_46_от_27.10.2026.pdf", title="Счёт 46", author="Волков С.А.",
                            producer="1С:Предприятие 8.3", created="20261027155811+03'00'", name_style="2047")),
         what="Window/facade-cleaning subcontractor sends invoice No. 46 from his usual Yandex mailbox.",
         why="Known Yandex address via Yandex web, Sberbank requisites unchanged (BIK and account control key valid), expected monthly invoice. Hard negative of A38.",
         pair="A38")

    # ------------------------------------------------------------ 39 genuine Yandex ID sign-in notice
    text = dedent("""
        Здравствуйте, Алексей!

        Вы вошли в аккаунт aleksei.smirnov@example.com с нового устройства.

        Устройство: Windows, Яндекс Браузер
        Место: Санкт-Петербург, Россия
        Время: 30 ноября 2026, 09:47 (МСК)

        Если это были вы, ничего делать не нужно.
        Если нет - смените пароль на странице https://id.yandex.ru/security и проверьте список
        устройств.

        С заботой о вашей безопасности,
        команда Яндекс ID
    """)
    paras = ["Здравствуйте, Алексей!", "Вы вошли в аккаунт <b>aleksei.smirnov@example.com</b> с нового устройства.",
             "Устройство: Windows, Яндекс Браузер<br>Место: Санкт-Петербург, Россия<br>Время: 30 ноября 2026, 09:47 (МСК)",
             "Если это были вы, ничего делать не нужно. Если нет - смените пароль и проверьте список устройств."]
    html = brand_html("Вход с нового устройства", "#fc3f1d", paras, "Безопасность аккаунта",
                      "https://id.yandex.ru/security", lang="ru", logo_text="Яндекс ID", footer="© 2026 ООО «Яндекс»")
    mail(F, 39, "ru", "yandex-id-signin-genuine", via=V(sd.yandex_notify),
         frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[OFFRU.a], subject="Вход в аккаунт с нового устройства",
         t=L(11, 30, 9, 48, "RU"), body=alt(text, html, "utf-8", "quoted-printable"),
         what="Genuine Yandex ID notice of a sign-in from the office (Yandex Business account).",
         why="Sent by Yandex's own mail relays from noreply@id.yandex.ru, links only to id.yandex.ru, St Petersburg location matches the office, no threat. Hard negative of A40.",
         pair="A40")

    # ------------------------------------------------------------ 40 genuine Kontur.Diadoc notification
    link = "https://diadoc.kontur.ru/8b2e4f1a-6c3d-4e5f-9a7b-0c1d2e3f4a5b/Document/Show?letterId=5e7a9c1b-3d2f-4a6b-8c9d-0e1f2a3b4c5d"
    text = dedent("""
        Здравствуйте!

        ООО «Невская Недвижимость» прислало документы в Диадок:

        Акт № 512 от 31.10.2026 (уборка и охрана, октябрь) - требуется подпись
        Счёт-фактура № 512 от 31.10.2026

        Посмотреть документы: %s

        Это письмо отправлено автоматически, отвечать на него не нужно.
        Настроить уведомления можно в разделе «Профиль» Диадока.

        Контур.Диадок
    """) % link
    paras = ["Здравствуйте!", "ООО «Невская Недвижимость» прислало документы в Диадок:",
             "Акт № 512 от 31.10.2026 (уборка и охрана, октябрь) - требуется подпись<br>Счёт-фактура № 512 от 31.10.2026"]
    html = brand_html("Новые документы в Диадоке", "#f57b20", paras, "Посмотреть документы", link, lang="ru",
                      charset="windows-1251", logo_text="Контур.Диадок",
                      footer="Настроить уведомления можно в разделе «Профиль» Диадока.")
    mail(F, 40, "ru", "edi-diadoc-notification-genuine", via=V(sd.kontur),
         frm=("Контур.Диадок", "noreply@diadoc.ru"), to=[OFFRU.a],
         subject="Новые документы от ООО «Невская Недвижимость»", t=L(11, 2, 10, 15, "RU"), hcs="windows-1251",
         body=alt(text, html, "windows-1251", "quoted-printable"),
         what="Genuine Kontur.Diadoc notification of an act and invoice from the customer.",
         why="From Kontur's own mail servers, link to diadoc.kontur.ru, matches the monthly act cycle. Hard negative of A39.",
         pair="A39")
