"""Hard-negative pairs and notes on identifiers for MANIFEST.md."""

PAIRS = [
    ('Supplier bank-detail change', ['attack/02', 'attack/18', 'attack/22'], ['business/01'],
     'Genuine change: announced by post first, old account stays open, asks to verify via the known switchboard, new account at an established bank in the supplier\'s name, sent from the supplier\'s usual system. Attacks: hijacked mailbox via OWA from an outside IP / look-alike domains, "old account closed", confirm by e-mail only, BaaS or other bank, threats.'),
    ('Urgent payment request from the boss', ['attack/01', 'attack/21', 'attack/40'], ['business/03', 'business/40', 'business/21'],
     'Genuine: internal Exchange route, PO/1C reference, normal approval workflow, colleagues in Cc, phone offered. Attacks: look-alike domains / free mail, secrecy, "e-mail or Telegram only", lawyer or "regulator" to follow.'),
    ('Invoices and QR payment codes', ['attack/25', 'attack/05'], ['business/02', 'business/22', 'business/25', 'business/30', 'business/18'],
     'Genuine invoices: known supplier domains, QR payload identical to the printed data, known accounts, structured e-invoice XML (XRechnung, FatturaPA, KSeF FA(3)), VERI*FACTU/KSeF verification QR on government domains. Attacks: register/directory "fees" to private accounts with a payment QR or small-print contract.'),
    ('Tax authority and government notices', ['attack/03', 'attack/20', 'attack/23', 'attack/27', 'attack/32', 'attack/38'],
     ['business/24', 'business/27', 'business/32', 'business/20'],
     'Genuine: official relays (mf.gov.pl, correo.gob.es, aade.gr, PEC), no deep login links, no attachments to open, explicit "we never ask for codes". Attacks: look-alike or hacked senders, login/download links, archives with passwords, deadlines and penalties.'),
    ('E-signature requests', ['attack/09', 'attack/31'], ['business/09', 'business/29'],
     'All four use the real DocuSign / Adobe Acrobat Sign infrastructure. Only the sender identity inside the envelope differs: customer\'s real domain and expected contract (genuine) vs look-alike domains saltmarsh-renewables.co / eolicamoncayo-es.com (attack).'),
    ('Shared documents', ['attack/17', 'attack/30', 'attack/08', 'attack/04'], ['business/17'],
     'Same SharePoint infrastructure for attack/17 and business/17: genuine share is expected, personal, specific and on a weekday; the compromised-account share is generic, on a Saturday, to accounting. Canva/OAuth/QR-PDF variants use a real platform or the real Microsoft login as the vehicle.'),
    ('Password-protected archives', ['attack/19', 'attack/38'], ['business/11', 'business/38', 'business/19'],
     'Genuine: password sent by another channel (SMS / phone), archive holds XLSX/CSV. Attacks: password in the same mail, archive holds a script or executable disguised as PDF. business/19 is the genuine reply in the very thread that attack/19 hijacks (plain PDFs).'),
    ('Employee bank details for payroll', ['attack/15'], ['business/15'],
     'Genuine: change made by the employee in the HR system (Personio), approver notified. Attack: private iCloud address, "email is easiest", mule account.'),
    ('Gifts and vouchers', ['attack/13'], ['business/13'],
     'Genuine: internal Exchange mail from the CEO, budget via PO/corporate card, vouchers via HR platform. Attack: CEO name on Gmail, buy Apple cards, send photos of codes, keep it secret.'),
    ('Meetings / Teams', ['attack/10'], ['business/10'],
     'Genuine: internal meeting request with a teams.microsoft.com join link. Attack: real microsoft.com/devicelogin URL plus a device code from a compromised partner tenant.'),
    ('IT service desk / mailbox administration', ['attack/06', 'attack/39'], ['business/06', 'business/39'],
     'Genuine notices come through the internal Exchange route and tell users NOT to act on calls, quota mails or links. Attacks: look-alike service-desk domain with callback number / fake OWA quota page.'),
    ('Security notices (Microsoft / Google)', ['attack/04', 'attack/07'], ['business/04', 'business/26'],
     'Genuine: azure-noreply@microsoft.com and no-reply@accounts.google.com with aligned DKIM, links only to entra.microsoft.com / accounts.google.com. Attacks: "Microsoft Purview" QR lure, fake Teams voicemail SVG.'),
    ('Courier notifications', ['attack/16', 'attack/33'], ['business/16', 'business/33'],
     'Genuine: dhl.com / acscourier.net gateways, expected shipments, tracking links on the carrier domain, nothing to pay or open. Attacks: ISO attachment from dhl-express-notify.com; customs fee via abused Mailchimp.'),
    ('Tenders, RFQs and trade portals', ['attack/11', 'attack/14', 'attack/26'], ['business/14', 'business/31'],
     'Genuine: SAP Ariba from ansmtp.ariba.com with the buyer on the customer\'s domain; customer RFQ with XLSX from its M365 tenant. Attacks: registration fee (advance fee), HTML login attachment, fake Ariba login.'),
    ('Payment / remittance advice', ['attack/35'], ['business/35'],
     'Same day, same topic: genuine advice names the invoices and Example Group\'s own IBAN with an XLSX; the attack is an HTML attachment asking for the mailbox password.'),
    ('Corporate banking', ['attack/28'], ['business/28'],
     'Genuine Net Cash notice asks to open the bank portal independently; the attack pushes a "reactivation" link before a deadline.'),
    ('Software subscriptions / invoices', ['attack/12'], ['business/12'],
     'Genuine Microsoft invoice notice (direct debit, link to admin center) vs callback-phishing antivirus "renewal" with a phone number.'),
    ('Colleagues on private mail', ['attack/13', 'attack/15', 'attack/40'], ['business/07', 'business/34'],
     'Genuine private mails ask for nothing risky (sick note, routine task). Attacks on free mail ask for money, codes or bank changes.'),
    ('Legal letters', ['attack/36'], ['business/36'],
     'Genuine lawyer sends a draft for review from a long-known address; the fake police summons threatens and wants a reply to Gmail.'),
    ('EDI documents (Diadoc)', ['attack/37'], ['business/37'],
     'Same document type (акт сверки) from the same customer: genuine noreply@diadoc.ru with diadoc.kontur.ru link vs hacked site with diadoc-kontur.ru.com.'),
    ('Purchase orders', ['attack/24'], ['business/08'],
     'Genuine customer PO refers to Example Group\'s own offer and comes as PDF from the customer\'s domain; the attack is a ZIP with a .pdf.lnk from free mail.'),
    ('Bulk senders', ['attack/33', 'attack/06', 'attack/20'], ['business/05'],
     'Genuine newsletter on Mailchimp with aligned DKIM and List-Unsubscribe; attacks use the same kind of bulk services (Mailchimp, Brevo, SendGrid) with look-alike domains.'),
]

ID_NOTES = [
    '- **IBANs** are built with correct ISO 13616 mod-97 check digits and, where the country has one, correct national check digits: '
    'Italian CIN (ABI/CAB/conto), Spanish DC (entidad/oficina/cuenta), Polish sort-code check digit (weights 3-9-7-1). Bank codes are plausible '
    '(e.g. 21740043, 29050101, 29070050, 11010101/Solaris for the fraud account, 02008 UniCredit, 1140 2004 mBank, 1090 1014 Santander, 2085 Ibercaja, 014 Alpha Bank); '
    'account numbers are invented. Polish messages show accounts in NRB form (the IBAN without "PL"), as Polish firms do.',
    '- **Russian account** in business/40: 20-digit р/с with a valid control key for BIK 046015602 (weights 7-1-3 over BIK[-3:]+account).',
    '- **Tax IDs** (company table and correspondents) carry valid check digits: USt-IdNr., Partita IVA, NIP/REGON, NIF/CIF, ΑΦΜ, UK VAT (9755), ИНН/ОГРН. '
    'The scam firm\'s NIP in attack/25 is also valid (5213987464), as real scammers use real registrations.',
    '- **pagoPA** notice code in business/20 (3 + segregation code 01 + 13-digit base + 2 check digits = first 16 digits mod 93).',
    '- **QR codes** are real QR symbols encoded by gen/lib/qr.py (byte mode, EC level M) and decoded again by the build; formats: '
    'EPC069-12 "GiroCode" (business/02), Polish ZBP 2D payment code `NIP|PL|account|amount in grosze|name|title|||` (attack/25, business/25), '
    'KSeF verification link "KOD I" `https://qr.ksef.mf.gov.pl/invoice/<NIP>/<DD-MM-YYYY>/<SHA-256 base64url of the attached FA(3) XML>` (business/22, business/25), '
    'VERI*FACTU `https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?...` (business/30), pagoPA `PAGOPA|002|<notice code>|<creditor CF>|<cents>` (business/20), '
    'and a phishing URL with the victim address base64-encoded (attack/04).',
    '- **Bitcoin** address in attack/34 is a syntactically valid bech32 (BIP 173) P2WPKH address derived from random bytes (no known key).',
    '- **ZIP passwords**: attack/19 `2611` and attack/38 `4811` are written in the mails. The genuine archives use passwords that are deliberately NOT in the mails '
    '(sent by SMS / phone): business/11 `EGUK-Nov26!7431`, business/38 `Azov-1026!wp` — listed here so the set can be inspected. All archives use ZipCrypto.',
    '- **Dangerous content is inert**: every .lnk/.vbs/.scr/ISO member is a short ASCII text stating what the real sample would do; HTML/SVG attachments contain '
    'no script (only forms or links); PDFs contain no JavaScript or launch actions. The build checks this.',
    '- **Phone numbers**: UK numbers use Ofcom\'s drama ranges (020 7946 0xxx, 0808 157 0xxx, 07700 900xxx); other numbers are invented in plausible formats.',
    '- **IP addresses**: large providers use their real outbound ranges (Microsoft EOP 40.107/40.92, Google 209.85, Amazon SES 54.240/69.169, SendGrid 149.72, '
    'Mailchimp 198.2, Mailgun 159.135, Brevo 77.32.148, IONOS/GMX 212.227, Strato 81.169.146, OVH 46.105, Aruba 62.149.155, Zoho 136.143.169, Yandex 178.154.239, '
    'Mail.ru 217.69.128, Apple 17.57.155, Namecheap 198.54.127, Interia 217.74.67, home.pl 79.96.170, OTE 83.235.69, DocuSign EU 185.81.100, Ariba 216.109.104, DHL 165.72.200); '
    'single company servers use 203.0.113.0/24, attacker and compromised servers 198.51.100.0/24, client/submission addresses 192.0.2.0/24, internal 10.x / 192.168.x.',
    '- **DKIM**: every DKIM-Signature has the real body hash (bh=) of the stored body; the b= value is invented, and mx01\'s Authentication-Results quote its first 8 characters.',
]
