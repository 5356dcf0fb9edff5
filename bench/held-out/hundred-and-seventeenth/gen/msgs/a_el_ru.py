"""attack/ 32-40 (Greek, Russian)."""

from .common import *  # noqa: F401,F403

TDM_LINES = ["ΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.", "Λεωφ. Κηφισού 112", "122 41 Αιγάλεω", "Τηλ. 210 349 8820"]


@msg("attack", "32-el-aade-epistrofi-foroy.eml")
def a32(rng):
    t = "2026-10-23 17:41:26"
    url = "https://myaade-epistrofes.com/taxisnet/login?afm=801927468&ref=EPF-2025-441872"
    html = """<!DOCTYPE html><html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f3f5f8;font-family:Arial,Helvetica,sans-serif;color:#1c2b39;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:5px solid #003476;">
<tr><td style="padding:22px 30px 4px 30px;font-size:13px;color:#5a6a7a;">ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ</td></tr>
<tr><td style="padding:4px 30px 12px 30px;font-size:22px;font-weight:bold;color:#003476;">myAADE &middot; Επιστροφή φόρου</td></tr>
<tr><td style="padding:8px 30px;font-size:15px;line-height:23px;">Αγαπητέ/ή φορολογούμενε,<br><br>
μετά την εκκαθάριση της δήλωσης για το φορολογικό έτος 2025 προκύπτει <b>επιστροφή ποσού 1.248,60 &euro;</b> για τον ΑΦΜ 801927468.<br><br>
Για να πιστωθεί το ποσό πρέπει να επιβεβαιώσετε τα στοιχεία του τραπεζικού σας λογαριασμού (IBAN) στην υπηρεσία myAADE
έως τις <b>30/10/2026</b>. Μετά την προθεσμία η επιστροφή ακυρώνεται και το ποσό συμψηφίζεται.</td></tr>
<tr><td style="padding:18px 30px;"><a href="%s" style="background:#003476;color:#ffffff;padding:12px 26px;text-decoration:none;font-weight:bold;">Σύνδεση στο myAADE</a></td></tr>
<tr><td style="padding:14px 30px 24px 30px;font-size:11px;color:#7a8a9a;">Αυτό το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.<br>ΑΑΔΕ &middot; Καρ. Σερβίας 10, 101 84 Αθήνα</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "UTF-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "UTF-8", "quoted-printable", "html", style="plain")], B.b_java(rng), style="plain")
    raw, info = T.compose(rng, profile="ses", t=t, frm=("ΑΑΔΕ - myAADE", "noreply@myaade-epistrofes.com"), to=[S["gr_acc"]],
                          subject="ΑΑΔΕ: Έγκριση επιστροφής φόρου - απαιτείται επιβεβαίωση IBAN", body=body, date_zone="utc",
                          opts=dict(domain="myaade-epistrofes.com"))
    return Result(raw, info, "Greek tax-refund phishing impersonating AADE/myAADE (Amazon SES, look-alike domain), link to a fake TAXISnet login.",
                  "Domain myaade-epistrofes.com is not aade.gr, refund bait with a deadline, login link in the mail (AADE only points to the portal and never asks for IBAN confirmation by e-mail).")


@msg("attack", "33-el-technodomi-diplh-exoflhsh.eml")
def a33(rng):
    t = "2026-11-27 10:16:52"
    dt = when(t, "athens")
    iban = ck.make_iban(rng, "GR", bank="026", branch="0152")
    pdfb = K.letter(rng, dt=dt, org="Τράπεζα Πειραιώς", org_lines=["Επιχειρηματική Τραπεζική", "Αμερικής 4", "105 64 Αθήνα"],
                    color=(0.95, 0.75, 0.1), recipient=["ΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.", "Λεωφ. Κηφισού 112", "122 41 Αιγάλεω"],
                    place_date="Αθήνα, 26/11/2026", title="Βεβαίωση εκτέλεσης εμβασμάτων",
                    paras=["Βεβαιώνεται ότι από τον λογαριασμό της εταιρείας σας εκτελέστηκαν τα παρακάτω εμβάσματα προς "
                           "EXAMPLE CRANES HELLAS Μ.Α.Ε. με αιτιολογία «ΕΞΟΦΛ. ΤΙΜ. Α-2026/0412»:",
                           ("table", [(120, "Ημερομηνία", "left"), (200, "Αριθμός συναλλαγής", "left"), (161, "Ποσό €", "right")],
                            [["14/11/2026", "PIR-SEPA-26111400418836", "18.600,00"], ["20/11/2026", "PIR-SEPA-26112000427719", "18.600,00"]]),
                           "Η βεβαίωση εκδίδεται κατόπιν αιτήματος του πελάτη για κάθε νόμιμη χρήση."],
                    signature=["Τράπεζα Πειραιώς Α.Ε.", "Κατάστημα Επιχειρήσεων Αιγάλεω"], footer=["Τράπεζα Πειραιώς Α.Ε. · ΓΕΜΗ 225501000"],
                    producer="Microsoft: Print To PDF", creator="Microsoft® Word 2016", author="user")
    text = ("Καλημέρα σας κ. Γεωργίου,\n\n"
            "κατά τον έλεγχο των πληρωμών μας διαπιστώσαμε ότι το τιμολόγιό σας Α-2026/0412 (18.600,00 €) εξοφλήθηκε δύο φορές, "
            "στις 14/11 και στις 20/11, λόγω σφάλματος στο αρχείο πληρωμών της τράπεζας. Επισυνάπτουμε τη βεβαίωση της Πειραιώς "
            "για τα δύο εμβάσματα.\n\n"
            "Παρακαλούμε να επιστρέψετε το ποσό του δεύτερου εμβάσματος στον λογαριασμό μας στη Eurobank, επειδή ο λογαριασμός "
            "στην Πειραιώς κλείνει στο τέλος του μήνα:\n\n"
            "Δικαιούχος: ΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.\nIBAN: %s\nΑιτιολογία: Επιστροφή διπλής εξόφλησης Α-2026/0412\n\n"
            "Σας παρακαλούμε για την άμεση διευθέτηση, καθώς κλείνουμε το τρίμηνο με τους ορκωτούς ελεγκτές.\n\n"
            "Με εκτίμηση,\n\nΕυαγγελία Μαυρίδου\nΛογιστήριο\nΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.\nΛεωφ. Κηφισού 112, 122 41 Αιγάλεω\nΤηλ. 210 349 8820\n" % ck.iban_fmt(iban))
    att = B.ol_attach(pdfb, "application/pdf", "Βεβαίωση_εμβασμάτων_Α-2026-0412.pdf", dt, fn_charset="utf-8")
    body = ol_imap_body(rng, "el", text, attachments=[att], cs="windows-1253")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=("Λογιστήριο ΤΕΧΝΟΔΟΜΗ", "logistirio@technodomi-ate.gr"), to=[S["gr_acc"]],
                          subject="Διπλή εξόφληση τιμολογίου Α-2026/0412 - αίτημα επιστροφής", body=body, date_zone="athens",
                          hdr_cs="windows-1253", hdr_mode="B", msgid=outlook_imap_id(rng, "technodomi-ate.gr"),
                          opts=dict(relay="mail.technodomi-ate.gr", relay_ip="198.51.100.94", domain="technodomi-ate.gr", selector="default",
                                    inner=[T.inner_pc("DESKTOP-LOG2", None, "10.0.0.14", "mail.technodomi-ate.gr")], zone="athens",
                                    xheaders_after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el")]))
    return Result(raw, info, "Overpayment / refund fraud from the look-alike domain technodomi-ate.gr (real customer: technodomi.gr): claims an invoice was paid twice and asks to refund 18,600 EUR to a 'new' Eurobank IBAN, with a fake bank confirmation PDF.",
                  "Look-alike domain on a VPS relay, the bank statement shows only one receipt, refund to a different account than the payer's, urgency ('auditors'), fabricated bank letter made with Print-to-PDF.",
                  phones=["210 349 8820"])


@msg("attack", "34-el-webmail-xoros-gemato.eml")
def a34(rng):
    t = "2026-11-02 08:55:10"
    url = "https://webmail-example-com.firebaseapp.com/?email=eleni.papadopoulou@example.com&lang=el"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333;">
<div style="width:560px;border:1px solid #ccc;padding:0;">
<div style="background:#2d6ca2;color:#fff;padding:10px 16px;font-size:16px;">example.com &middot; Υπηρεσία Ηλεκτρονικού Ταχυδρομείου</div>
<div style="padding:16px;line-height:20px;">Αγαπητέ/ή χρήστη <b>eleni.papadopoulou@example.com</b>,<br><br>
το γραμματοκιβώτιό σας έχει φτάσει το <b>98%%</b> της διαθέσιμης χωρητικότητας (1.96 GB / 2 GB).<br>
Τα νέα εισερχόμενα μηνύματα θα επιστρέφονται στον αποστολέα μέχρι να αυξηθεί ο χώρος.<br><br>
<div style="background:#e0e0e0;width:520px;height:14px;"><div style="background:#d9534f;width:510px;height:14px;"></div></div><br>
Για να αυξήσετε δωρεάν τον χώρο σε 10 GB, επιβεβαιώστε τον λογαριασμό σας:<br><br>
<a href="%s" style="background:#2d6ca2;color:#fff;padding:8px 18px;text-decoration:none;">Αύξηση χώρου τώρα</a><br><br>
Ευχαριστούμε,<br>Ομάδα Υποστήριξης example.com</div></div></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "iso-8859-7", "base64", "plain", style="php"),
                                   M.text(html, "iso-8859-7", "base64", "html", style="php")], B.b_php(rng), style="php")
    raw, info = T.compose(rng, profile="cpanel", t=t, frm=("Διαχειριστής Email example.com", "support@tavernatoukyriakou.gr"),
                          to=[S["gr_om"]], subject="Ειδοποίηση: Το γραμματοκιβώτιό σας έχει φτάσει το 98% της χωρητικότητας",
                          body=body, date_zone="athens", hdr_cs="iso-8859-7", hdr_mode="B",
                          opts=dict(server="gr-shared07.webhost-hellas.gr", server_ip="198.51.100.131", dkim_domain="tavernatoukyriakou.gr",
                                    account="support@tavernatoukyriakou.gr", local_user="tavernat", zone="athens"))
    return Result(raw, info, "Generic 'mailbox full' credential phishing in Greek (ISO-8859-7, base64) from a hacked Greek restaurant website, link to a Firebase-hosted webmail clone.",
                  "Display name claims to be the example.com mail admin but the address is a restaurant's, the company's real quota warnings come from Exchange (see business/34) and contain no link, firebaseapp.com with the victim's address in the URL.")


@msg("attack", "35-el-olp-diagonismos-pdf-link.eml")
def a35(rng):
    t = "2026-11-10 12:07:33"
    dt = when(t, "athens")
    url = "https://pub-3f9c1e0a7b6d4e2f8a5c71d09e2b4f68.r2.dev/OLP_47_2026/index.html#ZWxlbmkucGFwYWRvcG91bG91QGV4YW1wbGUuY29t"
    pdfb = K.letter(rng, dt=dt, org="ΟΡΓΑΝΙΣΜΟΣ ΛΙΜΕΝΟΣ ΠΕΙΡΑΙΩΣ Α.Ε.", org_lines=["Διεύθυνση Προμηθειών", "Ακτή Μιαούλη 10", "185 38 Πειραιάς"],
                    color=(0.0, 0.2, 0.45), recipient=["Προς: EXAMPLE CRANES HELLAS Μ.Α.Ε.", "Ασπρόπυργος Αττικής"],
                    place_date="Πειραιάς, 10/11/2026", title="Πρόσκληση εκδήλωσης ενδιαφέροντος - Αρ. Διακ. 47/2026",
                    paras=["Αντικείμενο: Μίσθωση κινητών γερανών 200-500 t με χειριστή για εργασίες συντήρησης στην Προβλήτα ΙΙ (διάρκεια 24 μηνών, "
                           "προϋπολογισμός 2.340.000 € πλέον ΦΠΑ).",
                           "Η εταιρεία σας περιλαμβάνεται στους προεπιλεγμένους προμηθευτές. Τα τεύχη του διαγωνισμού (τεχνικές προδιαγραφές, "
                           "σχέδια, έντυπο οικονομικής προσφοράς) είναι διαθέσιμα μόνο ηλεκτρονικά μέσω του παρακάτω συνδέσμου.",
                           ("button", "Προβολή εγγράφων διαγωνισμού", url),
                           "Καταληκτική ημερομηνία υποβολής: 24/11/2026, ώρα 12:00."],
                    signature=["Για τη Διεύθυνση Προμηθειών", "Κ. Δημητρακόπουλος"], footer=["Ο.Λ.Π. Α.Ε. · Ακτή Μιαούλη 10 · 185 38 Πειραιάς"],
                    producer="Canva", creator="Canva", author="ΟΛΠ")
    text = ("Αξιότιμοι κύριοι,\n\n"
            "σας αποστέλλουμε συνημμένα την πρόσκληση εκδήλωσης ενδιαφέροντος για τον διαγωνισμό 47/2026 (μίσθωση κινητών "
            "γερανών για την Προβλήτα ΙΙ). Τα έγγραφα του διαγωνισμού είναι προσβάσιμα μέσω του συνδέσμου στο PDF με τα "
            "εταιρικά σας στοιχεία σύνδεσης.\n\n"
            "Με εκτίμηση,\nΔιεύθυνση Προμηθειών ΟΛΠ Α.Ε.\n")
    body = B.gmail(rng, "el", text, attachments=[B.gm_attach(rng, pdfb, "application/pdf", "Πρόσκληση_ΟΛΠ_47-2026.pdf")])
    raw, info = T.compose(rng, profile="gmail", t=t, frm=("ΟΛΠ Α.Ε. - Διεύθυνση Προμηθειών", "olp.promitheies.diagonismoi@gmail.com"),
                          to=[S["gr_om"]], subject="Πρόσκληση εκδήλωσης ενδιαφέροντος - Διαγωνισμός 47/2026 - Μίσθωση γερανών", body=body,
                          date_zone="athens")
    return Result(raw, info, "Fake tender of the Piraeus Port Authority from Gmail with a PDF lure: the only content is a button to a Cloudflare R2 page that asks for the 'corporate login' (credential phishing).",
                  "Public-sector tender from a Gmail address, tender documents only behind a link in the PDF (r2.dev with the victim's address base64 in the fragment), 'corporate login' request; real tenders are published on ESIDIS/the port's portal.")


@msg("attack", "36-el-klisi-dioxi-ilektronikou-egklimatos.eml")
def a36(rng):
    t = "2026-12-04 13:44:21"
    dt = when(t, "athens")
    pdfb = K.letter(rng, dt=dt, org="ΕΛΛΗΝΙΚΗ ΑΣΤΥΝΟΜΙΑ", org_lines=["Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος", "Λ. Αλεξάνδρας 173", "115 22 Αθήνα"],
                    color=(0.0, 0.25, 0.5), recipient=["Προς: κ. Νίκο Γεωργίου", "EXAMPLE CRANES HELLAS Μ.Α.Ε."],
                    place_date="Αθήνα, 04/12/2026", title="ΚΛΗΣΗ - Αρ. Πρωτ. 8841/26/447-ΙΒ",
                    paras=["Κατόπιν εντολής της Εισαγγελίας Πρωτοδικών Αθηνών και στο πλαίσιο ευρωπαϊκής επιχείρησης σε συνεργασία με την Europol, "
                           "διαπιστώθηκε πρόσβαση από διεύθυνση IP που αντιστοιχεί στη σύνδεσή σας σε ιστοσελίδες με παράνομο περιεχόμενο "
                           "σχετικό με ανηλίκους (άρθρα 348Α και 348Β Π.Κ.).",
                           "Καλείστε να υποβάλετε τις γραπτές εξηγήσεις σας εντός 72 ωρών στη διεύθυνση ηλεκτρονικού ταχυδρομείου που αναγράφεται "
                           "στο μήνυμα συνοδείας. Σε περίπτωση μη απάντησης ο φάκελος θα διαβιβαστεί στον αρμόδιο Εισαγγελέα, θα εκδοθεί ένταλμα "
                           "σύλληψης και η υπόθεση θα δημοσιοποιηθεί στα μέσα ενημέρωσης.",
                           "Η παρούσα κλήση είναι εμπιστευτική."],
                    signature=["Ο Διευθυντής", "Ταξίαρχος Χ. Παπαϊωάννου"], footer=["Ελληνική Αστυνομία · Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος"],
                    producer="Microsoft: Print To PDF", creator="Microsoft® Word 2019", author="DDHE")
    text = ("Αξιότιμε κύριε,\n\n"
            "σας αποστέλλουμε συνημμένα κλήση της Διεύθυνσης Δίωξης Ηλεκτρονικού Εγκλήματος. Παρακαλούμε να απαντήσετε με τις "
            "εξηγήσεις σας εντός 72 ωρών στη διεύθυνση dde.ypothesi.8841@gmail.com.\n\n"
            "Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος\nΕλληνική Αστυνομία\n")
    body = B.outlook(rng, "el", text, cs="windows-1253", attachments=[B.ol_attach(pdfb, "application/pdf", "ΚΛΗΣΗ_8841-26.pdf", dt)])
    raw, info = T.compose(rng, profile="outlookcom", t=t, frm=("Δίωξη Ηλεκτρονικού Εγκλήματος", "dde.kliseis.astynomia@outlook.com"),
                          reply_to=("", "dde.ypothesi.8841@gmail.com"), to=[S["gr_acc"]],
                          subject="ΚΛΗΣΗ - Αρ. Πρωτ. 8841/26/447-ΙΒ - ΕΜΠΙΣΤΕΥΤΙΚΟ", body=body, date_zone="athens",
                          hdr_cs="windows-1253", hdr_mode="B")
    return Result(raw, info, "Fake police summons (Greek Cyber Crime Division / Europol) accusing the recipient of accessing illegal content and demanding an answer within 72 hours - the follow-up is a 'fine' payment (extortion).",
                  "Police on an Outlook.com address with a Gmail reply-to, shame and arrest threats, 72-hour deadline, confidentiality; police do not summon by e-mail with PDF attachments.")


# ------------------------------------------------------------------ Russian

@msg("attack", "37-ru-fns-trebovanie-zip.eml")
def a37(rng):
    t = "2026-10-15 11:22:08"
    pw = "2026"
    exe = ("[Заглушка для анализа - не исполняемый файл]\r\n"
           "Исполняемый файл с иконкой PDF (например, загрузчик DarkWatchman / Buhtrap-подобный), маскирующийся под требование ФНС.\r\n").encode("utf-8")
    z = C.make_zip([("Требование_№12-08_4471_от_14.10.2026.pdf.exe", exe, (2026, 10, 15, 9, 40, 2))], rng, password=pw.encode())
    text = ("Уважаемый налогоплательщик!\n\n"
            "В соответствии со статьёй 88 Налогового кодекса Российской Федерации Межрайонная ИФНС России N 15 по "
            "Санкт-Петербургу направляет Вам требование о представлении пояснений N 12-08/4471 от 14.10.2026 в связи с "
            "выявленными расхождениями в налоговой декларации по НДС за 3 квартал 2026 года.\n\n"
            "Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений "
            "влечёт ответственность по статье 129.1 НК РФ и может стать основанием для приостановления операций по счетам "
            "организации.\n\n"
            "Требование и реестр расхождений во вложении. Архив защищён паролем: %s\n\n"
            "С уважением,\nМежрайонная ИФНС России N 15 по Санкт-Петербургу\nОтдел камеральных проверок N 2\n"
            "Тел.: 8 (812) 335-14-71\n" % pw)
    root = M.multi("mixed", [M.text(text, "koi8-r", "8bit", "plain", style="plain"),
                             M.attach(z, "application/zip", "Требование_ФНС_N12-08_4471.zip", style="plain", fn_charset="koi8-r")],
                   "----=_NextPart_%s" % "".join(rng.choice("0123456789ABCDEF") for _ in range(20)), style="plain")
    raw, info = T.compose(rng, profile="cpanel", t=t, frm=("ФНС России | МИФНС N 15", "buh@stroymaterial-spb.ru"), to=[S["ru_acc"]],
                          subject="Требование о представлении пояснений N 12-08/4471 от 14.10.2026", body=root,
                          msgid="%d.20261015112152@stroymaterial-spb.ru" % rng.randrange(10 ** 8, 10 ** 9),
                          date_zone="moscow", hdr_cs="koi8-r", hdr_mode="B",
                          opts=dict(server="vh344.hosting-sweb.ru", server_ip="198.51.100.19", via="smtp", client_ip="198.51.100.%d" % rng.randrange(2, 250),
                                    account="buh@stroymaterial-spb.ru", phpmailer=False, zone="moscow",
                                    order=["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"],
                                    xheaders=[("X-Mailer", "The Bat! (v10.5.3) Professional")]))
    return Result(raw, info, "Fake Russian tax-office (FNS) 'request for explanations' from a hijacked building-materials company mailbox; password-protected ZIP with a .pdf.exe loader (KOI8-R, 8bit).",
                  "FNS requests arrive via the EDI operator (Kontur.Extern etc., see business/37), not as e-mail attachments; sender address belongs to an unrelated company, password in the body, double extension, threat to freeze accounts.",
                  passwords=[pw], phones=["8 (812) 335-14-71"])


@msg("attack", "38-ru-diadok-dokument-login.eml")
def a38(rng):
    t = "2026-11-11 14:03:57"
    url = "https://diadoc-kontur.ru.com/auth/?doc=UPD-418-02112026&box=7805391649&redirect=%2Fdocuments%2Finbox"
    html = """<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;font-size:22px;font-weight:bold;color:#1d9c4c;">Контур.Диадок</td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:18px;">Вам поступил документ на подпись</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;">Отправитель: <b>ООО «СевЗапСтрой»</b>, ИНН 4707038214<br>
Документ: <b>Корректировочный УПД № 418-К от 10.11.2026</b><br>Сумма: 1 284 600,00 ₽<br><br>
Документ требует подписи до 13.11.2026. После этого срока контрагент вправе направить уведомление об уточнении.<br><br>
В связи с обновлением системы безопасности вход выполняется по логину и паролю.</td></tr>
<tr><td style="padding:16px 28px;"><a href="%s" style="background:#1d9c4c;color:#fff;padding:11px 26px;text-decoration:none;">Перейти к документу</a></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #eee;">АО «ПФ «СКБ Контур», 620144, Екатеринбург, ул. Народной воли, 19а. Это письмо отправлено автоматически.</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "base64", "plain", style="plain"),
                                   M.text(html, "utf-8", "base64", "html", style="plain")], B.b_generic(rng, ""), style="plain")
    raw, info = T.compose(rng, profile="mailgun", t=t, frm=("Контур.Диадок", "noreply@diadoc-kontur.ru.com"), to=[S["ru_acc"]],
                          subject="Диадок: вам поступил документ от ООО «СевЗапСтрой» - требуется подпись", body=body,
                          date_zone="moscow", opts=dict(domain="diadoc-kontur.ru.com", mg_domain="mg.diadoc-kontur.ru.com"))
    return Result(raw, info, "Credential phishing imitating a Kontur.Diadoc (EDI) notification about a correction document from the real customer SevZapStroy; link to a look-alike login page.",
                  "Domain diadoc-kontur.ru.com (CentralNic second-level, not kontur.ru) via Mailgun, 'login by password due to security update' (Diadoc uses certificates), deadline; the real Diadoc mail links to diadoc.kontur.ru.")


@msg("attack", "39-ru-sberbiznes-zvonok.eml")
def a39(rng):
    t = "2026-11-30 18:52:14"
    text = ("Уважаемый клиент!\n\n"
            "Служба безопасности СберБизнес зафиксировала попытку входа в интернет-банк вашей организации ООО «Экзампл Краны Рус» "
            "с нового устройства (Windows 11, г. Новосибирск, 30.11.2026 18:37 МСК) и создание платёжного поручения на сумму "
            "487 300,00 руб. в пользу ООО «ТрансЛизинг-Сервис».\n\n"
            "Операция временно приостановлена. Если вы не совершали это действие, СРОЧНО позвоните в службу безопасности по "
            "номеру 8 (800) 301-47-95 (звонок бесплатный) и назовите код обращения SB-5527-118. Если в течение 2 часов "
            "подтверждение не поступит, операция будет исполнена автоматически.\n\n"
            "Не сообщайте никому коды из SMS. Не переходите по ссылкам из писем.\n\n"
            "С уважением,\nСлужба безопасности СберБизнес\nПАО Сбербанк\n")
    body = M.text(text, "windows-1251", "base64", "plain", style="plain")
    raw, info = T.compose(rng, profile="mailru", t=t, frm=("СберБизнес | Служба безопасности", "sberbusiness.bezopasnost@mail.ru"),
                          to=[S["ru_om"]], subject="Подозрительная операция 487 300,00 руб. приостановлена - требуется подтверждение",
                          body=body, date_zone="moscow", hdr_cs="windows-1251", hdr_mode="B",
                          opts=dict(mailer="Microsoft Outlook 16.0"))
    return Result(raw, info, "Callback phishing in Russian: 'Sberbank security' on a mail.ru address reports a suspicious transfer and urges a call to a fake hotline (social engineering for OTP/remote access).",
                  "Bank on free mail (mail.ru DKIM passes for mail.ru only), fear + 2-hour deadline, phone number that is not Sber's 900, code word for the call; no links so link scanners see nothing.",
                  phones=["8 (800) 301-47-95"])


@msg("attack", "40-ru-adobe-acrobat-dogovor.eml")
def a40(rng):
    t = "2026-12-08 10:27:45"
    url = "https://acrobat.adobe.com/id/urn:aaid:sc:EU:5b1c2d3e-7f80-4a9b-8c1d-2e3f4a5b6c7d?viewer%21megaVerb=group-discover"
    html = """<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'Adobe Clean',Arial,sans-serif;color:#2c2c2c;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:26px 32px 8px 32px;font-size:13px;color:#eb1000;font-weight:bold;">Adobe Acrobat</td></tr>
<tr><td style="padding:4px 32px 14px 32px;font-size:20px;">Андрей Кузнецов предоставил вам доступ к файлу</td></tr>
<tr><td style="padding:0 32px 12px 32px;font-size:15px;"><b>Договор_поставки_2027_СевЗапСтрой.pdf</b></td></tr>
<tr><td style="padding:0 32px 12px 32px;font-size:14px;color:#4b4b4b;">«Ольга, добрый день! Направляю проект договора на 2027 год, посмотрите, пожалуйста, до конца недели.»</td></tr>
<tr><td style="padding:16px 32px;"><a href="%s" style="background:#1473e6;color:#ffffff;padding:10px 24px;border-radius:16px;text-decoration:none;">Открыть</a></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8e8e8e;border-top:1px solid #eaeaea;">Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business Campus, Dublin 24, Ireland</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, "----=_Part_"), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Андрей Кузнецов (через Adobe Acrobat)", "message@adobe.com"),
                          reply_to=("", "a.kuznetsov.szs@gmail.com"), to=[S["ru_om"]],
                          subject="Андрей Кузнецов предоставил вам доступ к «Договор_поставки_2027_СевЗапСтрой.pdf»", body=body,
                          date_zone="utc", env_from="bounce-%s@mail.adobe.com" % "".join(rng.choice("0123456789abcdef") for _ in range(20)),
                          msgid="%s@mail.adobe.com" % T.Ctx(rng, when(t)).guid(),
                          opts=dict(host="mail-eu1.adobe.com", ip="130.248.%d.%d" % (rng.randrange(150, 160), rng.randrange(2, 250)),
                                    dkim=[("adobe.com", "mail2025")], order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version"]))
    return Result(raw, info, "Legitimate-platform abuse: an Adobe Acrobat account named like the customer's project manager shares a 'supply contract' PDF; the hosted PDF contains a 'view document' link to a Yandex/Microsoft login clone.",
                  "Genuine Adobe infrastructure and acrobat.adobe.com link, but the sharer's reply-to is a Gmail address, the real SevZapStroy staff use their own domain on Yandex 360 and exchange contracts via Diadoc.")
