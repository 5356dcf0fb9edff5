"""Attack messages, Greek (32-36)."""
import mime
import htm
import infra as I
import services as SV
from company import S, EG_GR_AFM, ALEX_ATTACK_IBAN, GR_BEC_IBAN
from ids import fmt_iban
from kit import plain, html, alt, mixed, att, dedent, quote_lines
from msg import M

F = "attack"


def a32():
    url = "https://mydata-aade.gr-epivevaiosi.com/taxisnet/login?afm=%s&ref=MYD-3T26-0014" % EG_GR_AFM
    txt = dedent("""
    ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
    Ηλεκτρονικά Βιβλία - myDATA

    Αξιότιμε κύριε / Αξιότιμη κυρία,

    κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για το γ' τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των διαβιβασμένων παραστατικών εσόδων της επιχείρησης EXAMPLE GROUP HELLAS Μ.Α.Ε. (ΑΦΜ %s) και των στοιχείων που έχουν διαβιβάσει οι αντισυμβαλλόμενοι.

    Αριθμός αποκλίσεων: 14
    Εκτιμώμενο πρόστιμο (άρ. 54 ΚΦΔ): 3.500,00 €

    Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να επιβεβαιώσετε ή να διορθώσετε τα παραστατικά εντός 5 ημερών μέσω της εφαρμογής myDATA, συνδεόμενοι με τους κωδικούς TAXISnet:
    %s

    Με εκτίμηση,
    Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
    Α.Α.Δ.Ε.
    """) % (EG_GR_AFM, url)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>\n'
         '<body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f1f">\n'
         '<div style="background:#003476;color:#fff;padding:14px 20px"><b>ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ</b><br>'
         '<span style="font-size:12px">Ηλεκτρονικά Βιβλία - myDATA</span></div>\n<div style="padding:18px 20px">\n'
         '<p>Αξιότιμε κύριε / Αξιότιμη κυρία,</p>\n'
         '<p>κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA για το γ\' τρίμηνο 2026 εντοπίστηκαν αποκλίσεις μεταξύ των '
         'διαβιβασμένων παραστατικών εσόδων της επιχείρησης EXAMPLE GROUP HELLAS Μ.Α.Ε. (ΑΦΜ %s) και των στοιχείων που έχουν '
         'διαβιβάσει οι αντισυμβαλλόμενοι.</p>\n'
         '<p>Αριθμός αποκλίσεων: <b>14</b><br>Εκτιμώμενο πρόστιμο (άρ. 54 ΚΦΔ): <b>3.500,00 €</b></p>\n'
         '<p>Για να αποφύγετε την επιβολή προστίμου, παρακαλούμε να επιβεβαιώσετε ή να διορθώσετε τα παραστατικά εντός '
         '<b>5 ημερών</b> μέσω της εφαρμογής myDATA.</p>\n'
         '<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>\n'
         '<p>Με εκτίμηση,<br>Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης<br>Α.Α.Δ.Ε.</p></div></body></html>\n') % (EG_GR_AFM, url)
    return M(folder=F, num=32, lang="el", slug="aade-mydata-apokliseis-taxisnet",
             profile=I.Exim(server="gr-host17.webhosting-hellas.net", server_ip="185.138.42.71", zone="gr",
                            client_ip="91.215.85.12", host="taverna-thalassa-naxos.gr"),
             when=("gr", 2026, 11, 10, 9, 22, 47),
             frm=("ΑΑΔΕ - myDATA", "info@taverna-thalassa-naxos.gr"), to=[S("gr_acc")],
             subject="Ειδοποίηση ΑΑΔΕ: αποκλίσεις παραστατικών myDATA γ' τριμήνου 2026",
             hcs="iso-8859-7",
             body=alt(txt, h, "iso-8859-7", "quoted-printable"),
             desc="Tax/e-books phishing: fake AADE myDATA notice about 14 discrepancies and a EUR 3,500 fine, link to a fake "
                  "TAXISnet login",
             why="Sent from a compromised taverna's hosting account (Exim) with the AADE name; link host "
                 "mydata-aade.gr-epivevaiosi.com is not gov.gr; AADE communicates discrepancies inside myAADE, not by "
                 "e-mail with login links; fine and 5-day deadline. Compare the real accountant's reminder (business/34).")


def a33():
    url = "https://winbank-business.piraeus-kyc.com/ebanking/kyc?c=EGH&s=9812"
    txt = dedent("""
    Τράπεζα Πειραιώς - winbank business

    Αγαπητέ πελάτη,

    στο πλαίσιο της υποχρεωτικής περιοδικής επικαιροποίησης στοιχείων (KYC) σύμφωνα με τον Ν. 4557/2018, παρακαλούμε να επιβεβαιώσετε τα στοιχεία της επιχείρησης EXAMPLE GROUP HELLAS Μ.Α.Ε. και των νομίμων εκπροσώπων της έως τις 13/11/2026.

    Μετά την παρέλευση της προθεσμίας, οι συναλλαγές μέσω winbank business θα περιοριστούν σε ερωτήματα υπολοίπου και οι εντολές πληρωμής μισθοδοσίας και προμηθευτών δεν θα εκτελούνται.

    Επικαιροποίηση στοιχείων:
    %s

    Θα χρειαστείτε τους κωδικούς winbank business και το κινητό τηλέφωνο στο οποίο λαμβάνετε τους κωδικούς μιας χρήσης.

    Με εκτίμηση,
    Τράπεζα Πειραιώς
    """) % url
    h = htm.simple(txt).replace(url, '<a href="%s">Επικαιροποίηση στοιχείων</a>' % url)
    h = h.replace("charset=utf-8", "charset=windows-1253")
    return M(folder=F, num=33, lang="el", slug="piraeus-winbank-kyc-epikairopoiisi",
             profile=I.SES(region="eu-central-1", ipn=87), when=("gr", 2026, 11, 9, 8, 40, 15),
             frm=("Τράπεζα Πειραιώς", "noreply@piraeus-winbank-info.gr"), to=[S("gr_mgr")],
             env_from="010701933a1b2c3d-4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8-000000@eu-central-1.amazonses.com",
             subject="winbank business: απαιτείται επικαιροποίηση στοιχείων (KYC) έως 13/11/2026",
             hcs="windows-1253", henc="B",
             body=alt(txt, h, "windows-1253", "base64"),
             desc="Bank credential phishing: fake Piraeus Bank corporate e-banking KYC update with threat that supplier and "
                  "payroll payments will be blocked",
             why="Look-alike domains (piraeus-winbank-info.gr sender, piraeus-kyc.com link) via Amazon SES; asks for e-banking "
                 "credentials and the OTP phone; deadline and payment-block threat.")


def a34():
    prev = dedent("""
    Καλησπέρα κ. Αλεξίου,

    λάβαμε το τιμολόγιο Οκτωβρίου, ευχαριστούμε. Θα εξοφληθεί με την πληρωμή προμηθευτών της 20ής Νοεμβρίου.

    Με εκτίμηση,
    Ελένη Κωνσταντίνου
    Λογιστήριο | Example Group Hellas
    """)
    body = dedent("""
    Καλησπέρα σας κα Κωνσταντίνου,

    σχετικά με το τιμολόγιο Οκτωβρίου σας ενημερώνουμε ότι ο λογαριασμός μας στην Εθνική Τράπεζα είναι προσωρινά δεσμευμένος λόγω ελέγχου και δεν δέχεται πιστώσεις. Παρακαλούμε η πληρωμή να γίνει στον νέο λογαριασμό μας:

    Δικαιούχος: ΑΛΕΞΙΟΥ ΝΙΚΟΛΑΟΣ
    Τράπεζα: Paysera LT, UAB
    IBAN: %s

    Επειδή έχουμε να πληρώσουμε τα δώρα του προσωπικού, αν γίνεται η πληρωμή να προηγηθεί της 20ής. Ενημερώστε με όταν γίνει η μεταφορά για να στείλω την απόδειξη. Είμαι εκτός γραφείου αυτές τις μέρες, καλύτερα επικοινωνία με email.

    Ευχαριστώ πολύ,
    Νίκος Αλεξίου
    """) % fmt_iban(ALEX_ATTACK_IBAN)
    full = body + "\nΣτις 03/11/2026 12:14, Ελένη Κωνσταντίνου έγραψε:\n" + quote_lines(prev) + "\n"
    return M(folder=F, num=34, lang="el", slug="thread-hijack-promitheftis-allagi-iban",
             profile=I.Roundcube(web="webmail.otenet.gr", web_rdns="wm03.otenet.gr", web_ip="10.80.12.43",
                                 client_ip="193.37.254.91",
                                 out=("mailout03.otenet.gr", "mailout03.otenet.gr", "83.235.69.38"), zone="gr",
                                 ua="Roundcube Webmail/1.5.8"),
             when=("gr", 2026, 11, 13, 17, 36, 2),
             frm=("Νίκος Αλεξίου", "nalexiou@otenet.gr"), to=[S("gr_acc")],
             reply_to=("Νίκος Αλεξίου", "nalexiou.katharismoi@gmail.com"),
             subject="Re: Τιμολόγιο Οκτωβρίου 2026 - Υπηρεσίες καθαρισμού",
             in_reply_to="<6c1e0b9a7d2f4e83a5b4c3d2e1f0a9b8@EXCH02.corp.example.com>",
             references=["<000b01dd6aa9$3d4a2e10$14ae8a30$@otenet.gr>",
                         "<6c1e0b9a7d2f4e83a5b4c3d2e1f0a9b8@EXCH02.corp.example.com>"],
             body=plain(full, "UTF-8", "quoted-printable", quote_charset=False, flowed=True),
             desc="Thread hijack / vendor-account compromise: the cleaning contractor's real otenet mailbox, used via "
                  "webmail from a foreign IP, asks to pay the October invoice to a Lithuanian EMI account; Reply-To Gmail",
             why="The contractor normally writes from Outlook on his PC (business/32) and his account is at the National Bank "
                 "of Greece; now webmail from a VPN IP, Reply-To diverted to Gmail, new IBAN at a foreign payment institution, "
                 "urgency and 'email only'. Classic vendor email compromise.")


def a35():
    link = ("https://ioannidistrofima-my.sharepoint.com/:b:/g/personal/k_ioannidis_ioannidis-trofima_gr/"
            "EVq3mX0bT1pPkZ2yR8cW4nABxJ7hL5tQeD0vN9uS3fGaKw?e=4r8Tzq")
    fname = "ΕΝΤΟΛΗ ΠΛΗΡΩΜΗΣ - ΕΞΟΦΛΗΣΗ 4.870,00€.pdf"
    txt = dedent("""
    Ο χρήστης Κώστας Ιωαννίδης μοιράστηκε ένα αρχείο μαζί σας

    "Καλησπέρα σας, σας στέλνω την εντολή πληρωμής για την εξόφληση του τιμολογίου σας. Παρακαλώ επιβεβαιώστε τα στοιχεία σήμερα, συνδεθείτε με τον εταιρικό σας λογαριασμό για να δείτε το έγγραφο."

    %s
    %s

    Άνοιγμα

    Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από την Microsoft εκ μέρους του Ιωαννίδης Τρόφιμα Α.Ε.
    Δήλωση προστασίας προσωπικών δεδομένων
    """) % (fname, link)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="margin:0;font-family:\'Segoe UI\',Tahoma,sans-serif;color:#242424">\n'
         '<table width="520" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">\n'
         '<p style="font-size:21px;font-weight:600">Ο χρήστης Κώστας Ιωαννίδης μοιράστηκε ένα αρχείο μαζί σας</p>\n'
         '<div style="border-left:4px solid #c8c8c8;padding:6px 12px;font-size:14px">Καλησπέρα σας, σας στέλνω την εντολή πληρωμής '
         'για την εξόφληση του τιμολογίου σας. Παρακαλώ επιβεβαιώστε τα στοιχεία σήμερα, συνδεθείτε με τον εταιρικό σας '
         'λογαριασμό για να δείτε το έγγραφο.</div>\n'
         '<table style="margin:18px 0;border:1px solid #e1e1e1;width:100%%"><tr><td style="padding:12px;font-size:14px">'
         '&#128196; %s</td></tr></table>\n'
         '<a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 22px;text-decoration:none;border-radius:4px;font-size:14px">Άνοιγμα</a>\n'
         '<p style="font-size:11px;color:#616161;margin-top:28px">Αυτό το μήνυμα ηλεκτρονικού ταχυδρομείου δημιουργήθηκε από την '
         'Microsoft εκ μέρους του Ιωαννίδης Τρόφιμα Α.Ε.<br>Δήλωση προστασίας προσωπικών δεδομένων</p>\n'
         '</td></tr></table></body></html>\n') % (fname, link)
    return M(folder=F, num=35, lang="el", slug="sharepoint-koinopoiisi-entoli-pliromis",
             profile=SV.MSOnline(kind="odsp", eop="mail-vi1eur05on2103.outbound.protection.outlook.com",
                                 eop_ip="40.107.21.103", srv="AS8PR02MB9310", srv2="AM6PR02CA0011", pod="eurprd02",
                                 org="ioannidis-trofima.gr", zone="gr"),
             when=("gr", 2026, 11, 26, 15, 9, 33),
             frm=("Κώστας Ιωαννίδης", "no-reply@sharepointonline.com"), to=[S("gr_acc")],
             subject="Ο χρήστης Κώστας Ιωαννίδης μοιράστηκε το \"%s\" μαζί σας" % fname,
             body=alt(txt, h, "utf-8", "base64"),
             desc="Abuse of genuine SharePoint sharing: a compromised, unrelated Greek food company's tenant shares a "
                  "'payment order 4,870 EUR' file; the sharing note asks to sign in with the corporate account",
             why="Genuine Microsoft infrastructure, but no business relationship with the sharing organisation; unsolicited "
                 "'payment order' lure; the shared file is a landing document linking to a credential page (AiTM). Compare "
                 "the internal share from the Greek office manager (business/36).")


def a36():
    txt = dedent("""
    Ελένη καλημέρα,

    είσαι στο γραφείο; Χρειάζομαι να γίνει σήμερα μια πληρωμή για την προκαταβολή της νέας LED οθόνης της αίθουσας 5, ο προμηθευτής κλείνει τη θέση παραγωγής αν δεν δει το έμβασμα μέχρι τις 14:00.

    Ποσό: 18.600,00 €
    Δικαιούχος: VISIONTECH DISPLAYS Μ.Ι.Κ.Ε.
    IBAN: %s
    Αιτιολογία: Προκαταβολή Π.Τ. 2026-311

    Είμαι σε σύσκεψη με τους Γερμανούς όλη μέρα και δεν μπορώ να μιλήσω στο τηλέφωνο. Την έγκριση από την Κολωνία θα την κανονίσω εγώ μετά, μην το περάσεις ακόμα από το σύστημα. Στείλε μου την απόδειξη μόλις γίνει.

    Γιώργος

    Εστάλη από το iPhone μου
    """) % fmt_iban(GR_BEC_IBAN)
    return M(folder=F, num=36, lang="el", slug="bec-diefthyntis-gmail-emvasma",
             profile=I.Combo(I.AppleMail(mailer="iPhone Mail (23B85)", zone="gr"),
                             I.GmailSMTP(client_ip="2a02:587:6c12:8a00:c1d:91b3:2f0e:7a41")),
             when=("gr", 2026, 12, 2, 10, 17, 51),
             frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos.egh@gmail.com"), to=[S("gr_acc")],
             subject="Επείγον - πληρωμή σήμερα", henc="B",
             body=plain(txt, "utf-8", "base64", quote_charset=False),
             desc="Local-language BEC: the Greek office manager's name on a Gmail address asks the accountant for an urgent "
                  "EUR 18,600 'deposit' to a new supplier, bypassing the approval system",
             why="Gmail address (sent from an iPhone through smtp.gmail.com) impersonating a colleague; unknown beneficiary; deadline; 'can't talk on the phone'; "
                 "explicit request to skip the approval workflow. The manager's real urgent request goes through the "
                 "internal relay and the normal approval (business/35).")


MESSAGES = [a32, a33, a34, a35, a36]
