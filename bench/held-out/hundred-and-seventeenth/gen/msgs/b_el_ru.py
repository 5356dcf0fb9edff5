"""business/ 32-40 (Greek, Russian)."""

from .common import *  # noqa: F401,F403
from .a_el_ru import TDM_LINES

EXG_GR_IBAN = ck.make_iban(None, "GR", bank="014", branch="1520", account="0152002101448273")
TDM_IBAN = ck.make_iban(None, "GR", bank="017", branch="0140", account="0005140071193842")
TDM_AFM = ck.gr_afm(None, "09481736")


@msg("business", "32-el-myaade-thyrida-minima.eml")
def b32(rng):
    t = "2026-10-19 09:14:02"
    text = ("Αγαπητέ/ή φορολογούμενε,\n\n"
            "σας ενημερώνουμε ότι υπάρχει νέο μήνυμα στη Ψηφιακή Θυρίδα σας στο myAADE για τον ΑΦΜ %s "
            "(EXAMPLE CRANES HELLAS Μ.Α.Ε.).\n\n"
            "Θέμα: Πράξη διορθωτικού προσδιορισμού ΕΝΦΙΑ 2026 - ενημερωτικό σημείωμα\n\n"
            "Για να δείτε το μήνυμα συνδεθείτε στην εφαρμογή myAADE από την ιστοσελίδα www.aade.gr με τους κωδικούς TAXISnet.\n\n"
            "Η ΑΑΔΕ δεν αποστέλλει συνδέσμους για σύνδεση σε εφαρμογές και δεν ζητά στοιχεία τραπεζικών λογαριασμών ή "
            "κωδικούς μέσω ηλεκτρονικού ταχυδρομείου.\n\n"
            "Ανεξάρτητη Αρχή Δημοσίων Εσόδων\n" % AFM_GR)
    body = M.text(text, "iso-8859-7", "quoted-printable", "plain", style="plain")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=("ΑΑΔΕ", "noreply@aade.gr"), to=[S["gr_acc"]],
                          subject="Νέο μήνυμα στη Ψηφιακή Θυρίδα myAADE", body=body, date_zone="athens", hdr_cs="iso-8859-7", hdr_mode="B",
                          msgid="%d.%d.JavaMail.myaade@notif01.aade.gr" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 12, 10 ** 13)),
                          opts=dict(relay="mailgw2.aade.gr", relay_ip="192.0.2.%d" % rng.randrange(200, 220), domain="aade.gr", selector="aade1",
                                    inner=[lambda c, m: "from notif01.aade.gr (notif01.aade.gr [10.10.40.21])\n\tby mailgw2.aade.gr (Postfix) with ESMTP id %s;\n\t%s" % (
                                        c.qid(), tz.rfc(c.at(m.delay - 1), "athens", pad=True, abbr=True))],
                                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version"], zone="athens"))
    return Result(raw, info, "Genuine AADE notice that a new message is waiting in the myAADE digital inbox (ISO-8859-7, quoted-printable).",
                  "aade.gr relay with DKIM pass, correct ΑΦΜ, no link except the plain portal name, explicit warning that AADE does not ask for bank details by e-mail.",
                  pair=[("32-el-aade-epistrofi-foroy.eml", "AADE / myAADE notification",
                         "Genuine: inbox notice without links. Attack: refund bait with IBAN confirmation link on a look-alike domain via SES.")])


@msg("business", "33-el-technodomi-exoflisi-apodeiktiko.eml")
def b33(rng):
    t = "2026-11-20 13:48:16"
    dt = when(t, "athens")
    pdfb = K.letter(rng, dt=dt, org="Τράπεζα Πειραιώς", org_lines=["winbank business", "Αποδεικτικό συναλλαγής"], color=(0.95, 0.75, 0.1),
                    recipient=["Εντολέας: ΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.", "IBAN εντολέα: %s" % ck.iban_fmt(TDM_IBAN)],
                    place_date="20/11/2026 11:02", title="Αποδεικτικό μεταφοράς SEPA",
                    paras=[("table", [(180, "Στοιχείο", "left"), (301, "Τιμή", "left")],
                            [["Αριθμός συναλλαγής", "PIR-SEPA-26112000427719"], ["Δικαιούχος", "EXAMPLE CRANES HELLAS Μ.Α.Ε."],
                             ["IBAN δικαιούχου", ck.iban_fmt(EXG_GR_IBAN)], ["Τράπεζα δικαιούχου", "Alpha Bank"],
                             ["Ποσό", "18.600,00 EUR"], ["Αιτιολογία", "ΕΞΟΦΛ. ΤΙΜ. Α-2026/0412"], ["Ημ/νία αξίας", "20/11/2026"]]),
                           "Το παρόν αποδεικτικό εκδόθηκε ηλεκτρονικά και δεν απαιτεί υπογραφή."],
                    footer=["Τράπεζα Πειραιώς Α.Ε. · winbank business"], producer="winbank PDF service", creator="winbank", author="Piraeus Bank")
    text = ("Καλησπέρα σας,\n\n"
            "σας ενημερώνουμε ότι σήμερα εξοφλήθηκε το τιμολόγιό σας Α-2026/0412 (μίσθωση γερανών Θριάσιο, Οκτώβριος) ποσού "
            "18.600,00 € με έμβασμα από την Τράπεζα Πειραιώς. Επισυνάπτεται το αποδεικτικό της συναλλαγής.\n\n"
            "Με εκτίμηση,\n\nΕυαγγελία Μαυρίδου\nΛογιστήριο\nΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.\nΤηλ. 210 349 8820\n")
    att = B.ol_attach(pdfb, "application/pdf", "Αποδεικτικό_πληρωμής_Α-2026-0412.pdf", dt)
    body = ol_imap_body(rng, "el", text, attachments=[att], cs="windows-1253")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=TDM_LOG, to=[S["gr_acc"]], subject="Εξόφληση τιμολογίου Α-2026/0412 - αποδεικτικό",
                          body=body, date_zone="athens", hdr_cs="windows-1253", hdr_mode="B", msgid=outlook_imap_id(rng, "technodomi.gr"),
                          opts=dict(relay="mail.technodomi.gr", relay_ip="203.0.113.140", domain="technodomi.gr", selector="default",
                                    inner=[lambda c, m: "from LOGISTIRIO-PC2 (ppp-94-64-%d-%d.home.otenet.gr [94.64.%d.%d])\n\tby mail.technodomi.gr (Postfix) with ESMTPSA id %s;\n\t%s" % (
                                        17, 88, 17, 88, c.qid(), tz.rfc(c.at(m.delay - 2), "athens", pad=True, abbr=True))],
                                    xheaders_after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el"),
                                                    ("X-PPP-Message-ID", lambda c, m: "<%s.%d@mail.technodomi.gr>" % (tz.fmt(c.t, "utc", "%Y%m%d%H%M%S"), c.rng.randrange(1000, 9999))),
                                                    ("X-PPP-Vhost", "technodomi.gr")], zone="athens"))
    return Result(raw, info, "Genuine payment advice from the customer Technodomi's accounting (own Plesk server) with the bank's transfer receipt for invoice A-2026/0412.",
                  "Real domain technodomi.gr (DKIM pass, Plesk X-PPP headers), one payment to our known Alpha Bank account, nothing requested.",
                  phones=["210 349 8820"],
                  pair=[("33-el-technodomi-diplh-exoflhsh.eml", "Technodomi payment of invoice A-2026/0412",
                         "Genuine: one payment, receipt, own domain. Attack: look-alike technodomi-ate.gr claims a double payment and asks for a refund to a new Eurobank IBAN.")])


@msg("business", "34-el-exchange-orio-grammatokivotiou.eml")
def b34(rng):
    t = "2026-11-05 06:00:41"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333;">
<p style="font-size:22px;color:#c00000;margin:0 0 14px 0;">Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.</p>
<table cellpadding="0" cellspacing="0" style="width:400px;"><tr><td style="background:#c00000;height:14px;width:93%%;"></td><td style="background:#e0e0e0;height:14px;"></td></tr></table>
<p>1,86 GB &nbsp;&nbsp; 2 GB</p>
<p>Το γραμματοκιβώτιό σας έχει φτάσει το 93%% του μεγέθους του. Όταν γεμίσει, δεν θα μπορείτε να στέλνετε ή να λαμβάνετε μηνύματα.</p>
<p>Για να ελευθερώσετε χώρο, διαγράψτε στοιχεία που δεν χρειάζεστε πλέον και αδειάστε τον φάκελο «Διαγραμμένα». Αν χρειάζεστε περισσότερο χώρο,
επικοινωνήστε με το τμήμα IT (εσωτ. 4400).</p></div></body></html>
"""
    html = html % ()
    body = M.text(html, "utf-8", "base64", "html", style="outlook")
    raw, info = T.compose(rng, profile="internal_system", t=t, frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com"),
                          to=[("Eleni Papadopoulou", S["gr_om"][1])], subject="Το γραμματοκιβώτιό σας είναι σχεδόν πλήρες.", body=body,
                          date_zone="berlin", env_from="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com",
                          opts=dict(host="EXCH02.corp.example.com", host_ip="10.20.0.32", helo="EXCH02.corp.example.com",
                                    msgid_fmt="%s@%s", order=["From", "To", "Subject", "MIME-Version", "Date", "Message-ID"],
                                    inner_received=[lambda c: "from EXCH02.corp.example.com (10.20.0.32) by EXCH02.corp.example.com\n (10.20.0.32) with Microsoft SMTP Server id 15.2.1748.10 via Mailbox Transport; %s" % tz.rfc(c.at(4), "berlin")],
                                    xheaders=[("Content-Language", "el-GR"), ("X-MS-Exchange-Organization-SCL", "-1"),
                                              ("X-MS-Exchange-Organization-StorageQuota", "Warning")]))
    return Result(raw, info, "Genuine Exchange 2019 storage-quota warning in Greek, generated by the company's own Exchange server.",
                  "System mailbox MicrosoftExchange…@example.com via EXCH02 and mail-int01 (DKIM example.com), no links, tells the user to delete items or call IT.",
                  pair=[("34-el-webmail-xoros-gemato.eml", "Mailbox almost full",
                         "Genuine: Exchange system message without link. Attack: restaurant website mail with a 'increase quota' link to a Firebase webmail clone.")])


@msg("business", "35-el-technodomi-prosklisi-prosforas.eml")
def b35(rng):
    t = "2026-11-16 11:21:05"
    dt = when(t, "athens")
    pdfb = K.letter(rng, dt=dt, org="ΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.", org_lines=TDM_LINES, color=(0.1, 0.3, 0.2),
                    recipient=["Προς: EXAMPLE CRANES HELLAS Μ.Α.Ε.", "Υπόψη κας Ε. Παπαδοπούλου", "Ασπρόπυργος Αττικής"],
                    place_date="Αιγάλεω, 16/11/2026", title="Πρόσκληση υποβολής προσφοράς - Μίσθωση γερανών, Κέντρο Logistics Θριασίου (Κτίριο Β)",
                    paras=["Σας προσκαλούμε να υποβάλετε προσφορά για τη μίσθωση κινητών γερανών με χειριστή για την ανέγερση του μεταλλικού "
                           "φέροντος οργανισμού του Κτιρίου Β (δοκοί έως 38 t, ύψος ανύψωσης 24 m).",
                           ("table", [(260, "Εργασία", "left"), (120, "Γερανός", "left"), (101, "Ημέρες", "right")],
                            [["Ανέγερση κύριων πλαισίων", "250 t", "14"], ["Δευτερεύοντα στοιχεία / τεγίδες", "80 t", "20"], ["Φορτοεκφορτώσεις", "50 t", "10"]]),
                           "Προθεσμία υποβολής: 04/12/2026. Οι προσφορές υποβάλλονται με email στο g.antoniou@technodomi.gr."],
                    signature=["Γιώργος Αντωνίου", "Υπεύθυνος Προμηθειών"], footer=["ΤΕΧΝΟΔΟΜΗ Α.Τ.Ε. · ΑΦΜ %s · ΓΕΜΗ 122184907000" % TDM_AFM],
                    producer="Microsoft® Word για Microsoft 365", author="Γ. Αντωνίου")
    xlsx = C.make_xlsx([("Προμέτρηση", [[("b", "Α/Α"), ("b", "Περιγραφή"), ("b", "Μονάδα"), ("b", "Ποσότητα"), ("b", "Τιμή μονάδας €")],
                                         [1, "Γερανός 250 t με χειριστή", "ημέρα", 14, None], [2, "Γερανός 80 t με χειριστή", "ημέρα", 20, None],
                                         [3, "Γερανός 50 t με χειριστή", "ημέρα", 10, None], [4, "Μεταφορά - κινητοποίηση", "κατ' αποκοπή", 1, None]])],
                       title="Προμέτρηση γερανών Κτίριο Β", creator="Γ. Αντωνίου", created="2026-11-16T08:40:00Z", zip_dt=(2026, 11, 16, 10, 41, 0))
    text = ("Καλημέρα κα Παπαδοπούλου,\n\n"
            "όπως συζητήσαμε τηλεφωνικά, σας στέλνω την πρόσκληση υποβολής προσφοράς για τους γερανούς του Κτιρίου Β στο Θριάσιο, "
            "μαζί με την προμέτρηση σε Excel. Αυτοψία στο εργοτάξιο μπορούμε να κανονίσουμε την επόμενη εβδομάδα.\n\n"
            "Με εκτίμηση,\n\nΓιώργος Αντωνίου\nΥπεύθυνος Προμηθειών\nΤΕΧΝΟΔΟΜΗ Α.Τ.Ε.\nΤηλ. 210 349 8800 - Κιν. 697 441 2083\n")
    atts = [B.ol_attach(pdfb, "application/pdf", "Πρόσκληση_προσφοράς_Κτίριο_Β.pdf", dt),
            B.ol_attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Προμέτρηση_γερανών_Κτίριο_Β.xlsx", dt)]
    body = ol_imap_body(rng, "el", text, attachments=atts, cs="windows-1253")
    raw, info = T.compose(rng, profile="postfix_org", t=t, frm=TDM_GA, to=[S["gr_om"]], cc=[S["gr_acc"]],
                          subject="Πρόσκληση υποβολής προσφοράς - γερανοί Κτίριο Β Θριάσιο", body=body, date_zone="athens",
                          hdr_cs="windows-1253", hdr_mode="B", msgid=outlook_imap_id(rng, "technodomi.gr"),
                          opts=dict(relay="mail.technodomi.gr", relay_ip="203.0.113.140", domain="technodomi.gr", selector="default",
                                    inner=[T.inner_pc("PROMITHEIES-PC", None, "192.168.1.23", "mail.technodomi.gr")], zone="athens",
                                    xheaders_after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el"),
                                                    ("X-PPP-Message-ID", lambda c, m: "<%s.%d@mail.technodomi.gr>" % (tz.fmt(c.t, "utc", "%Y%m%d%H%M%S"), c.rng.randrange(1000, 9999))),
                                                    ("X-PPP-Vhost", "technodomi.gr")]))
    return Result(raw, info, "Genuine invitation to tender from the Greek construction customer (own Plesk server, Outlook, windows-1253) with PDF and Excel quantities.",
                  "Known customer domain and contact, announced by phone, PDF + XLSX, submissions by e-mail to the buyer; nothing behind a login.",
                  phones=["210 349 8800", "697 441 2083", "210 349 8820"],
                  pair=[("35-el-olp-diagonismos-pdf-link.eml", "Invitation to tender for crane hire",
                         "Genuine: customer's PDF and Excel. Attack: port authority on Gmail with a PDF whose only content is a link to a login page.")])


@msg("business", "36-el-dei-logariasmos-rf.eml")
def b36(rng):
    t = "2026-11-12 07:31:44"
    rf = ck.rf_reference("0008" + "4471" + "0912" + "88316")
    html = """<!DOCTYPE html><html lang="el"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:22px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;font-size:22px;font-weight:bold;color:#0a3d7a;">ΔΕΗ</td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:18px;">Ο λογαριασμός ρεύματος σας είναι διαθέσιμος</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;">Αριθμός παροχής: 1 23456789-01 3 (Ασπρόπυργος, Λεωφ. ΝΑΤΟ 88)<br>
Περίοδος κατανάλωσης: 06/10/2026 - 05/11/2026<br>Ποσό πληρωμής: <b>1.847,32 &euro;</b><br>Ημερομηνία λήξης: 02/12/2026<br>
Κωδικός ηλεκτρονικής πληρωμής: <b>%s</b><br><br>
Μπορείτε να δείτε και να κατεβάσετε τον λογαριασμό σας στο myDEI. Η πληρωμή γίνεται μέσω e-banking ή στα καταστήματα ΔΕΗ με τον παραπάνω κωδικό RF.</td></tr>
<tr><td style="padding:16px 28px;"><a href="https://mydei.dei.gr/el/login/" style="color:#0a3d7a;font-weight:bold;">Μετάβαση στο myDEI</a></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;border-top:1px solid #eee;">ΔΕΗ Α.Ε. &middot; Χαλκοκονδύλη 30, 104 32 Αθήνα &middot; Η ΔΕΗ δεν σας ζητά ποτέ στοιχεία κάρτας μέσω email.</td></tr>
</table></td></tr></table></body></html>
""" % rf
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, "=_dei_"), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("ΔΕΗ", "e-bill@dei.gr"), to=[S["gr_om"]],
                          subject="Ο λογαριασμός ρεύματος Νοεμβρίου 2026 είναι διαθέσιμος", body=body, date_zone="athens",
                          msgid="%s@ebill.dei.gr" % T.Ctx(rng, when(t)).hex(32), env_from="bounce@ebill.dei.gr",
                          opts=dict(host="ebill-out2.dei.gr", ip="192.0.2.%d" % rng.randrange(170, 190), dkim=[("dei.gr", "ebill")],
                                    order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version"]))
    return Result(raw, info, "Genuine electricity e-bill notice (PPC/ΔΕΗ) for the Aspropyrgos depot with an ISO 11649 RF payment code.",
                  "dei.gr sender with DKIM pass, account number and period match the site, RF code validates (mod 97), link only to mydei.dei.gr login page the user knows.",
                  pair=[("34-el-webmail-xoros-gemato.eml", "Routine Greek service notification with a link",
                         "Genuine: utility bill with RF code and link to the provider's own portal. Attack: quota 'upgrade' link to a third-party host.")])


# ------------------------------------------------------------------ Russian

@msg("business", "37-ru-kontur-ekstern-trebovanie.eml")
def b37(rng):
    t = "2026-10-14 16:05:29"
    text = ("Здравствуйте!\n\n"
            "В Контур.Экстерн поступил документ от налогового органа.\n\n"
            "Организация: ООО «Экзампл Краны Рус», ИНН %s, КПП 780501001\n"
            "Отправитель: Межрайонная ИФНС России № 15 по Санкт-Петербургу (7815)\n"
            "Документ: Требование о представлении пояснений № 12-08/4471 от 14.10.2026\n"
            "Основание: расхождения в декларации по НДС за 3 квартал 2026 г.\n\n"
            "Отправьте квитанцию о приёме в течение 6 рабочих дней, пояснения - в течение 5 рабочих дней после отправки квитанции.\n\n"
            "Открыть документ можно в Контур.Экстерне: https://extern.kontur.ru\n\n"
            "Это автоматическое уведомление, отвечать на него не нужно.\nКонтур.Экстерн\n" % INN_RU)
    body = M.text(text, "utf-8", "base64", "plain", style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Контур.Экстерн", "noreply@kontur.ru"), to=[S["ru_acc"]],
                          subject="Требование от ИФНС № 7815: отправьте квитанцию о приёме", body=body, date_zone="moscow",
                          msgid="%s@notify.kontur.ru" % T.Ctx(rng, when(t)).guid(), env_from="bounce@notify.kontur.ru",
                          opts=dict(host="mx-out3.kontur.ru", ip="46.17.%d.%d" % (rng.randrange(200, 206), rng.randrange(2, 250)),
                                    dkim=[("kontur.ru", "notify")], order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version"],
                                    xheaders=[("X-Kontur-Notification", "extern.incoming.requirement")]))
    return Result(raw, info, "Genuine Kontur.Extern (EDI operator) notice that the tax office sent a request for explanations; documents are opened in the operator's system.",
                  "kontur.ru infrastructure with DKIM pass, correct ИНН/КПП, no attachment, link to the operator's portal only; this is the legitimate channel the attack in attack/37 imitates.",
                  pair=[("37-ru-fns-trebovanie-zip.eml", "FNS request for explanations",
                         "Genuine: EDI operator notice, open in Kontur.Extern. Attack: 'FNS' from a hijacked company mailbox with a password ZIP containing .pdf.exe.")])


@msg("business", "38-ru-diadok-kontragent-podpisal.eml")
def b38(rng):
    t = "2026-11-10 12:44:10"
    html = """<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;font-size:22px;font-weight:bold;color:#1d9c4c;">Диадок</td></tr>
<tr><td style="padding:0 28px 10px 28px;font-size:18px;">Контрагент подписал документ</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;">ООО «СевЗапСтрой» подписал документ<br>
<b>УПД № 418 от 02.11.2026</b> на сумму 1 284 600,00 ₽<br>Отправитель: ООО «Экзампл Краны Рус»<br><br>
Документооборот по документу завершён.</td></tr>
<tr><td style="padding:16px 28px;"><a href="https://diadoc.kontur.ru/%s/Document/Show?letterId=%s" style="color:#1d9c4c;font-weight:bold;">Открыть документ в Диадоке</a></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #eee;">Вы получили это письмо, потому что подписаны на уведомления в Диадоке. Изменить настройки можно в профиле пользователя.</td></tr>
</table></td></tr></table></body></html>
""" % (T.Ctx(rng, when(t)).guid(), T.Ctx(rng, when(t)).guid())
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")], B.b_generic(rng, "=_diadoc_"), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Диадок", "noreply@diadoc.ru"), to=[S["ru_acc"]],
                          subject="ООО «СевЗапСтрой» подписал УПД № 418 от 02.11.2026", body=body, date_zone="moscow",
                          msgid="%s@diadoc.ru" % T.Ctx(rng, when(t)).guid(), env_from="bounce@diadoc.ru",
                          opts=dict(host="mail-out1.diadoc.ru", ip="46.17.%d.%d" % (rng.randrange(200, 206), rng.randrange(2, 250)),
                                    dkim=[("diadoc.ru", "mail")], order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version"]))
    return Result(raw, info, "Genuine Diadoc notification: the customer SevZapStroy signed our universal transfer document (UPD) No. 418.",
                  "diadoc.ru sender with DKIM pass, link to diadoc.kontur.ru, purely informational (workflow finished), matches an issued document.",
                  pair=[("38-ru-diadok-dokument-login.eml", "Diadoc document from SevZapStroy",
                         "Genuine: signed-document notice linking to diadoc.kontur.ru. Attack: 'correction UPD to sign' on diadoc-kontur.ru.com with password login.")])


@msg("business", "39-ru-sevzapstroy-akt-sverki.eml")
def b39(rng):
    t = "2026-11-25 15:36:50"
    rows = [[("b", "Дата"), ("b", "Документ"), ("b", "Дебет, руб."), ("b", "Кредит, руб.")],
            ["01.01.2026", "Сальдо начальное", 0.0, 0.0],
            ["15.04.2026", "УПД № 112 (аренда крана 100 т, Усть-Луга)", 846000.0, None],
            ["20.05.2026", "Оплата, п/п № 2214", None, 846000.0],
            ["31.08.2026", "УПД № 287 (аренда крана 250 т)", 1912500.0, None],
            ["12.10.2026", "Оплата, п/п № 3871", None, 1912500.0],
            ["31.10.2026", "Сальдо конечное", 0.0, 0.0]]
    xlsx = C.make_xlsx([("Акт сверки", rows)], title="Акт сверки взаимных расчётов", creator="Бухгалтерия СевЗапСтрой",
                       created="2026-11-25T12:10:00Z", zip_dt=(2026, 11, 25, 15, 10, 0))
    text = ("Добрый день, Дмитрий!\n\n"
            "Направляем акт сверки взаимных расчётов за период 01.01.2026 - 31.10.2026 для согласования. Если расхождений нет, "
            "подпишите, пожалуйста, его в Диадоке - мы отправили его туда же.\n\n"
            "С уважением,\nМарина Лебедева\nглавный бухгалтер ООО «СевЗапСтрой»\nтел. +7 (812) 603-27-40\n")
    att = M.attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Акт_сверки_СевЗапСтрой_01.01-31.10.2026.xlsx", style="plain")
    root = M.multi("mixed", [M.text(text, "utf-8", "8bit", "plain", style="plain"), att],
                   "----==--bound.%d.%s" % (rng.randrange(10 ** 5, 10 ** 6), "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))), style="plain")
    raw, info = T.compose(rng, profile="yandex", t=t, frm=SZS_BUH, to=[S["ru_acc"]], cc=[SZS_AK],
                          subject="Акт сверки за 01.01.2026 - 31.10.2026 - ООО «СевЗапСтрой»", body=root, date_zone="moscow",
                          opts=dict(domain="sevzapstroy.ru"))
    return Result(raw, info, "Genuine e-mail from the customer's accounting (Yandex 360) with a reconciliation statement as XLSX, also sent via Diadoc.",
                  "Real customer domain on Yandex 360 (DKIM pass), figures match the issued UPDs, plain XLSX, points to the EDI channel for signing.",
                  phones=["+7 (812) 603-27-40"],
                  pair=[("40-ru-adobe-acrobat-dogovor.eml", "Documents from SevZapStroy",
                         "Genuine: from sevzapstroy.ru with an XLSX, signing via Diadoc. Attack: Adobe share in the name of a SevZapStroy manager with a Gmail reply-to.")])


@msg("business", "40-ru-nevagidravlika-schet-qr.eml")
def b40(rng):
    t = "2026-12-02 11:08:37"
    dt = when(t, "moscow")
    bik = "044030723"
    corr = "30101810100000000723"
    assert ck.ru_account_valid(bik, corr, corr=True)
    acc = ck.ru_account(rng, bik)
    inn = ck.ru_inn10(rng, "78")
    total = 386400.00
    qrp = ("ST00012|Name=ООО «НеваГидравлика»|PersonalAcc=%s|BankName=Филиал «Северная столица» АО «Райффайзенбанк»|BIC=%s|"
           "CorrespAcc=%s|PayeeINN=%s|KPP=780601001|Purpose=Оплата по счету № 1482 от 02.12.2026. В т.ч. НДС 20%% 64400.00|Sum=%d" % (
               acc, bik, corr, inn, int(total * 100)))
    pdfb = K.letter(rng, dt=dt, org="ООО «НеваГидравлика»", org_lines=["Гидравлика для спецтехники", "192102, Санкт-Петербург, ул. Салова, д. 27", "ИНН %s / КПП 780601001" % inn, "тел. +7 (812) 407-15-90"],
                    color=(0.1, 0.3, 0.6), recipient=["Покупатель: ООО «Экзампл Краны Рус»", "ИНН %s, КПП 780501001" % INN_RU, "198097, г. Санкт-Петербург, пр. Стачек, д. 47"],
                    place_date="02.12.2026", title="Счёт на оплату № 1482 от 02 декабря 2026 г.",
                    paras=["Банк получателя: Филиал «Северная столица» АО «Райффайзенбанк», БИК %s, к/с %s. Р/с %s." % (bik, corr, acc),
                           ("table", [(30, "№", "left"), (250, "Товары (работы, услуги)", "left"), (50, "Кол-во", "right"), (70, "Цена", "right"), (81, "Сумма", "right")],
                            [["1", "Гидроцилиндр телескопа стрелы, ремкомплект (LTM 1100)", "1", "214 000,00", "214 000,00"],
                             ["2", "Насос аксиально-поршневой, восстановленный", "1", "108 000,00", "108 000,00"],
                             ("b", ["", "Итого без НДС", "", "", "322 000,00"]), ("b", ["", "НДС 20%", "", "", "64 400,00"]),
                             ("b", ["", "Всего к оплате", "", "", "386 400,00"])]),
                           "Всего наименований 2, на сумму 386 400,00 руб. Оплата данного счёта означает согласие с условиями поставки. "
                           "Счёт действителен в течение 5 банковских дней."],
                    signature=["Руководитель ______________ Семенов А.В.", "Бухгалтер ______________ Орлова Н.П."],
                    footer=["ООО «НеваГидравлика» · ОГРН %s" % ck.ru_ogrn(rng, "11878")], qr=qrp, qr_caption="QR-код для оплаты (ГОСТ Р 56042-2014)",
                    producer="1С:Предприятие 8.3", creator="1С:Предприятие 8.3 (8.3.25.1394)", author="1С")
    text = ("Добрый день, Ольга!\n\n"
            "Направляем счёт N 1482 от 02.12.2026 на ремкомплект гидроцилиндра и насос по вашей заявке от 27.11. Отгрузка в течение "
            "3 дней после оплаты, УПД придёт через Диадок.\n\n"
            "--\nС уважением,\nОтдел продаж ООО \"НеваГидравлика\"\nтел. +7 (812) 407-15-90\n")
    root = M.multi("mixed", [M.text(text, "koi8-r", "quoted-printable", "plain", style="plain"),
                             M.attach(pdfb, "application/pdf", "Счет_на_оплату_1482_от_02.12.2026.pdf", style="plain", fn_charset="koi8-r")],
                   "----=_NextPart_%s" % "".join(rng.choice("0123456789ABCDEF") for _ in range(20)), style="plain")
    raw, info = T.compose(rng, profile="cpanel", t=t, frm=("ООО \"НеваГидравлика\"", "sales@nevagidravlika.ru"), to=[S["ru_om"]], cc=[S["ru_acc"]],
                          subject="Счёт на оплату N 1482 от 02.12.2026", body=root, date_zone="moscow", hdr_cs="koi8-r", hdr_mode="B",
                          opts=dict(server="vh118.timeweb.ru", server_ip="92.53.%d.%d" % (rng.randrange(96, 127), rng.randrange(2, 250)), via="smtp",
                                    client_ip="95.161.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 250)), dkim_domain="nevagidravlika.ru",
                                    account="sales@nevagidravlika.ru", phpmailer=False, zone="moscow",
                                    order=["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version"],
                                    xheaders=[("X-Mailer", "1C:Enterprise 8.3 (8.3.25.1394)")]))
    return Result(raw, info, "Genuine supplier invoice (счёт на оплату) generated by 1C with a GOST R 56042 payment QR code, KOI8-R text body.",
                  "Supplier's own domain on Timeweb hosting (DKIM pass), requested by the office (order of 27.11), bank details with valid BIK/correspondent/settlement control keys, QR payload equals the invoice.",
                  phones=["+7 (812) 407-15-90"], qr=[qrp],
                  notes="Russian accounts (not IBANs): settlement account %s, correspondent account %s, BIK %s - control keys verified by the build." % (acc, corr, bik),
                  pair=[("39-ru-sberbiznes-zvonok.eml", "Russian banking / payment topic",
                         "Genuine: supplier invoice with payment QR, no pressure. Attack: fake Sber security mail pushing a phone call.")])
