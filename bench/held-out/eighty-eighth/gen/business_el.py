"""Genuine business messages, Greek (5)."""
import infra as I
import kit as K
import facts as F
import checks as C
from company import S

RF_VAT = C.rf_reference("2611" + F.EXAMPLE_GR_AFM + "0000711")


def M(**kw):
    kw.setdefault("lang", "el")
    return kw


def b32():
    text = """Ανεξάρτητη Αρχή Δημοσίων Εσόδων - Ενημέρωση

Αγαπητέ/ή συνεργάτη,

σας ενημερώνουμε ότι η προθεσμία διαβίβασης των χαρακτηρισμών εξόδων του Γ' τριμήνου 2026 στην ηλεκτρονική πλατφόρμα myDATA παρατείνεται έως τις 15/12/2026, σύμφωνα με τη σχετική απόφαση του Διοικητή της ΑΑΔΕ.

Η διαβίβαση πραγματοποιείται, όπως πάντα, μέσω της εφαρμογής myDATA ή του λογισμικού της επιχείρησής σας. Πληροφορίες και τις σχετικές αποφάσεις θα βρείτε στην ιστοσελίδα www.aade.gr, ενότητα «myDATA».

Η ΑΑΔΕ δεν αποστέλλει ποτέ μηνύματα με συνδέσμους για την εισαγωγή των κωδικών TAXISnet.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
"""
    return M(
        slug="aade-enimerosi-paratasi-mydata",
        what="AADE information e-mail: the deadline for classifying Q3 2026 expenses in myDATA is extended to 15/12/2026.",
        why="Sent from AADE's own mail gateway (aade.gr); informative, no login link (refers to www.aade.gr), explicitly warns that AADE never sends TAXISnet login links; matches the subscriber list of tax professionals.",
        hn=([32], "Same authority, same platform (myDATA) and a deadline, but real domain/infrastructure and no link to a login."),
        to=S["gracc"], frm=("ΑΑΔΕ - Ενημέρωση", "enimerosi@aade.gr"),
        subject="Παράταση προθεσμίας χαρακτηρισμού εξόδων στο myDATA (Γ' τρίμηνο 2026)", hcs="iso-8859-7", henc="B",
        when=(11, 16, 13, 5), zone="GR",
        infra=lambda c: I.service_postfix(c, "mailgw2.aade.gr", "83.235.64.22", order="esp", script_host="newsletter01.aade.gr"),
        extra=[("List-Unsubscribe", "<mailto:unsubscribe@aade.gr?subject=unsubscribe>")],
        body=K.alt(text, "iso-8859-7", "quoted-printable", "mail", "el", title="ΑΑΔΕ"),
    )


def b33():
    text = """Γιώργο καλημέρα,

όπως είπαμε στο τηλέφωνο, χρειαζόμαστε ικρίωμα για τη Δεξαμενή Νο.2 στο Πέραμα (ανακαίνιση γάστρας φορτηγού πλοίου):

- περίπου 850 τ.μ. πρόσοψη, ύψος έως 18 μ., με κλίμακες πρόσβασης σε δύο σημεία,
- κρεμαστές πλατφόρμες στην πρύμνη (θα στείλω σχέδια),
- έναρξη συναρμολόγησης 07/12, διάρκεια μίσθωσης περίπου 6 εβδομάδες.

Θα χρειαστούμε επίσης τη στατική μελέτη και τα πιστοποιητικά των υλικών για τον ναυπηγείο. Στείλε μου προσφορά μέχρι την Πέμπτη αν γίνεται.

Ευχαριστώ,
Νίκος Αλεξίου
Πολιτικός Μηχανικός
Κατασκευαστική Αιγαίου Α.Ε.
κιν. 694 418 2270
"""
    return M(
        slug="aigaiou-paraggelia-ikriomatos",
        what="Customer's engineer (writing from his OTE consumer mailbox) requests an offer for scaffolding on a dry dock in Perama.",
        why="Known contact who always uses his otenet.gr address; genuine OTE webmail infrastructure; a business enquiry without links, attachments or payment details.",
        hn=([33], "Same customer as the refund-redirection BEC, but the known contact, no bank details and no urgency beyond a quote deadline."),
        to=S["grmgr"], frm=("Νίκος Αλεξίου", "nalexiou@otenet.gr"),
        subject="Ικρίωμα Δεξαμενή Νο.2 Περάματος - αίτημα προσφοράς", hcs="iso-8859-7", henc="Q",
        when=(11, 19, 9, 47), zone="GR",
        infra=lambda c: I.otenet(c),
        body=K.plain(text, "iso-8859-7", "quoted-printable", quote_cs=False, label="ISO-8859-7", flowed=True),
    )


def b34():
    text = """ACS Courier

Η αποστολή σας θα παραδοθεί σήμερα

Αριθμός αποστολής: 7204417732
Αποστολέας: ΜΕΤΑΛΛΟΥΡΓΙΑ ΑΤΤΙΚΗΣ Α.Ε.
Παράδοση: Ακτή Μιαούλη 81, 185 38 Πειραιάς
Εκτιμώμενη ώρα: 11:00 - 14:00

Μπορείτε να παρακολουθήσετε την αποστολή σας εδώ:
[[Παρακολούθηση αποστολής|https://www.acscourier.net/el/track-and-trace/?p=7204417732]]

Δεν απαιτείται καμία πληρωμή για την παράδοση.

ACS Courier - Εξυπηρέτηση Πελατών 210 81 90 000
"""
    return M(
        slug="acs-courier-paradosi-simera",
        what="ACS Courier notification: a shipment from a metal supplier will be delivered today, tracking link.",
        why="ACS transactional mail via SendGrid with ACS's own bounce domain; link only to acscourier.net; explicitly no payment; matches an expected delivery of couplers.",
        hn=([34], "Courier notification like the fake ΕΛΤΑ mail (also sent via SendGrid), but genuine carrier domain, no fee and no data request."),
        to=S["gracc"], frm=("ACS Courier", "noreply@acscourier.net"),
        subject="Η αποστολή 7204417732 θα παραδοθεί σήμερα", hcs="utf-8", henc="B",
        when=(11, 26, 8, 5), zone="GR",
        infra=lambda c: I.sendgrid(c, "em812.acscourier.net", shared=False),
        body=K.alt(text, "utf-8", "base64", "mail", "el", title="ACS Courier"),
    )


def b35():
    text = """Γιώργο καλημέρα,

δεν είμαι καθόλου καλά από χθες το βράδυ, έχω πυρετό 38,7. Θα πάω σήμερα στον γιατρό και θα σου στείλω τη βεβαίωση για την άδεια ασθενείας, πιθανότατα για δύο μέρες.

Η δήλωση ΦΠΑ Νοεμβρίου είναι σχεδόν έτοιμη στον κοινόχρηστο φάκελο, λείπουν μόνο τα τιμολόγια της ACS. Αν χρειαστεί κάτι επείγον πάρε με στο κινητό.

Σου γράφω από το προσωπικό μου e-mail γιατί το laptop έμεινε στο γραφείο.

Ελένη
"""
    return M(
        slug="prosopiko-email-astheneia",
        what="The Greek accountant informs her manager from her private Gmail that she is ill and will send the doctor's certificate.",
        why="Private Gmail of a known employee via genuine Google infrastructure; informative only, no request for money, data or credentials.",
        hn=([14], "Employee writing from a private free-mail address like the payroll diversion, but nothing is requested."),
        to=S["grmgr"], frm=("Eleni Konstantinou", "eleni.konst84@gmail.com"),
        subject="Άρρωστη σήμερα", hcs="utf-8", henc="B",
        when=(12, 1, 7, 38), zone="GR",
        infra=lambda c: I.gmail(c),
        body=K.alt(text, "utf-8", "base64", "gmail", "el", label="UTF-8"),
    )


def b36():
    text = """Γιώργο,

σου επισυνάπτω τη σύνοψη της περιοδικής δήλωσης ΦΠΑ Νοεμβρίου 2026. Το πληρωτέο ποσό είναι 18.640,32 € και η προθεσμία πληρωμής είναι 31/12/2026.

Η πληρωμή θα γίνει μέσω e-banking της Εθνικής από τον λογαριασμό της εταιρείας με την ταυτότητα οφειλής %s. Χρειάζομαι την έγκρισή σου στο workflow του SAP (αίτημα 2026-GR-0417) για να την προγραμματίσω μαζί με τις υπόλοιπες πληρωμές της εβδομάδας.

Ευχαριστώ,
Ελένη

--
%s
""" % (RF_VAT, K.sig_exchange(S["gracc"], "+30 210 4290 615"))
    lines = ["# Example Group Hellas M.A.E.", "AFM " + F.EXAMPLE_GR_AFM + "  -  D.O.Y. Peiraia", "---", "",
             "## Synopsi periodikis dilosis FPA - Noemvrios 2026", "",
             "Ekroes (poliseis / misthoseis)        Forologiteo 142.310,00   FPA 24%   34.154,40",
             "Eisroes (agores / dapanes)            Forologiteo  64.643,00   FPA 24%   15.514,08", "---",
             "Pliroteo FPA                                                           18.640,32 EUR", "",
             "Prothesmia pliromis: 31/12/2026", "Tautotita ofeilis: " + RF_VAT, "",
             "Syntaxi: E. Konstantinou, Logistirio Peiraia"]
    return M(
        slug="logistirio-fpa-egkrisi-esoteriko",
        what="Internal: the Greek accountant sends the November VAT return summary and asks her manager to approve the tax payment in the SAP workflow.",
        why="Internal Exchange mail via mail-int01 between two colleagues; payment to the tax authority with a valid RF creditor reference (ISO 11649) from the company's own account, through the approval workflow.",
        hn=([33], "Payment topic in the Greek office like the refund-redirection BEC, but internal, to the tax authority, via workflow."),
        to=S["grmgr"], frm=S["gracc"],
        subject="Δήλωση ΦΠΑ Νοεμβρίου - έγκριση πληρωμής", hcs="windows-1253", henc="B",
        when=(12, 14, 12, 20), zone="GR",
        infra=lambda c: I.exchange_onprem_internal(c, "10.20.7.31"),
        lang_tag="el-GR",
        body=K.mixed(K.alt(text, "windows-1253", "quoted-printable", "outlook", "el", label="windows-1253"),
                     K.pdf_att("FPA_Noemvrios_2026_synopsi.pdf", lines, style="outlook", producer="Microsoft\u00ae Excel\u00ae for Microsoft 365",
                               creator="Microsoft\u00ae Excel\u00ae for Microsoft 365", created="D:20261214121102+02'00'")),
    )


def build():
    return [b32(), b33(), b34(), b35(), b36()]
