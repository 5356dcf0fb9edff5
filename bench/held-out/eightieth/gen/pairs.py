"""Notes for hard-negative pairs: (business slug, attack slug) -> (shared topic, what separates them)."""
PAIR_NOTES = {
    ('ceo-urgent-payment-internal', 'ceo-fraud-lookalike-domain'):
        ('CEO asks AP for an urgent same-day payment',
         'internal relay, SAP document and CFO co-approval, stored vendor data vs. look-alike domain, secrecy, "no phone"'),
    ('ceo-urgent-payment-internal', 'ceo-fraud-lookalike-replyto-proton'):
        ('CEO asks finance for an urgent transfer',
         'genuine internal path vs. examplegroup-eu.com with Reply-To on proton.me and a foreign "escrow" IBAN'),
    ('supplier-bank-change-genuine', 'supplier-bank-change-lookalike'):
        ('Lieferant GmbH announces a new bank account',
         'real tenant, German bank, overlap period, call-back on known number vs. lieferantgmbh.de, Lithuanian e-money IBAN, reply-only'),
    ('supplier-dunning-supply-stop', 'supplier-bank-change-lookalike'):
        ('payment pressure from Lieferant GmbH',
         'legal dunning to the known account vs. redirect of open invoices to a new foreign account'),
    ('supplier-offer-genuine', 'thread-hijack-compromised-supplier'):
        ('quotation thread ANG-2026-1187 from Stefan Maier',
         'PDF attached vs. "revised offer" behind a fake SharePoint login, sent from the same (compromised) tenant'),
    ('supplier-invoice-xrechnung', 'fake-register-publication-invoice'):
        ('invoice with a payment request to the company',
         'known supplier, order reference, XRechnung vs. unsolicited "register" fee to a Spanish IBAN with small print'),
    ('sick-note-private-gmx', 'payroll-diversion-freemail'):
        ('colleague writes to HR from a private free-mail address',
         'sick note without any request vs. salary account change'),
    ('job-application-genuine', 'job-application-encrypted-zip'):
        ('application for the refurbishing technician job',
         'single plain PDF vs. password-protected ZIP with a disguised .exe'),
    ('microsoft-sspr-notice', 'device-code-phishing-compromised-customer'):
        ('Microsoft account security / sign-in',
         'informational notice from Microsoft infrastructure vs. request to enter a device code at microsoft.com/devicelogin'),
    ('customer-complaint-uk', 'device-code-phishing-compromised-customer'):
        ('mail from Helen Marsh, same Brightwater M365 tenant',
         'concrete complaint and call-back vs. device-code "secure document" request'),
    ('it-security-notice-internal', 'device-code-phishing-compromised-customer'):
        ('device codes, QR codes, fake IT calls',
         'internal warning about the technique vs. the technique itself'),
    ('docusign-genuine', 'fake-docusign-ses'):
        ('DocuSign envelope with a UK lease document',
         'DocuSign EU infrastructure, eu.docusign.net link and access code vs. SES look-alike and r2.dev link'),
    ('solicitor-lease-genuine', 'fake-lawyer-acquisition-escrow'):
        ('solicitor writes to the CFO',
         'known firm, legal substance, no payment vs. unknown firm demanding a secret escrow deposit'),
    ('hr-salary-review-notice', 'hr-salary-letter-html-attachment'):
        ('2027 salary letters',
         'internal notice pointing to Personio vs. external HTML attachment with a login form'),
    ('trade-newsletter-sendgrid', 'partner-portal-deal-registration'):
        ('bulk mail via SendGrid for the IT channel',
         'subscribed newsletter with list headers vs. look-alike vendor portal asking for credentials'),
    ('carrier-invoice-genuine', 'carrier-bank-change-lookalike'):
        ('Ferretti Trasporti invoices and payment',
         'own Zimbra server, unchanged Banco BPM account vs. ferretti-trasporti.com on Zoho with a new IBAN'),
    ('carrier-cmr-documents', 'thread-hijack-carrier-encrypted-zip'):
        ('same CMR/DDT thread from Chiara Colombo',
         'office IP and plain PDFs vs. VPN webmail session and encrypted ZIP with .vbs'),
    ('ksef-invoice-genuine', 'ksef-einvoice-reauth-phishing'):
        ('KSeF e-invoice from Partner Logistik',
         'invoice with KSeF number from the partner vs. fake Ministry notice demanding re-authentication'),
    ('logistics-overdue-reminder', 'logistics-bank-change-whitelist-claim'):
        ('Partner Logistik overdue invoices FV/2026/10/0398 and 0412',
         'account explicitly unchanged vs. look-alike domain with a new (non-white-listed) account'),
    ('it-warning-fake-teams-calls', 'teams-quick-assist-vishing-pretext'):
        ('"IT department", Teams and Quick Assist',
         'internal warning vs. external look-alike IT asking to start Quick Assist'),
    ('tax-advisor-filings-genuine', 'aeat-dehu-notification-phishing'):
        ('AEAT filings (Modelo 349) and DEHú notifications',
         'advisor\'s receipts without links vs. DEHú look-alike with Cl@ve login link'),
    ('carrier-bank-change-genuine-es', 'carrier-invoice-html-credential-form'):
        ('administration mail from Transportes Hermanos Gil',
         'real domain/server, bank certificate and call-back vs. transportes-gil.es with an HTML login form'),
    ('accountant-mydata-genuine', 'aade-mydata-discrepancy-phishing'):
        ('myDATA discrepancies',
         'accountant\'s XLSX of open items vs. fake AADE notice with TAXISnet login link'),
    ('customer-inquiry-otenet', 'compromised-customer-onedrive-lure'):
        ('same sender address (Φροντιστήρια Πλάτων on OTEnet)',
         'Outlook from a Greek DSL line with specifics vs. night-time webmail from a foreign IP with a vague OneDrive link'),
    ('pbx-voicemail-wav', 'voicemail-html-attachment'):
        ('voicemail notification (same caller number)',
         '3CX PBX via internal relay with WAV vs. Brevo-sent HTML "player" with login form'),
    ('reconciliation-act-genuine', 'edo-diadoc-document-phishing'):
        ('reconciliation statement from ООО «Северный Альянс»',
         'XLSX from the customer\'s Yandex 360 vs. fake Diadoc login link'),
    ('reconciliation-act-genuine', 'tax-demand-encrypted-zip'):
        ('accounting document to the Russian accountant',
         'plain XLSX from a known customer vs. encrypted ZIP with .pdf.scr "from ФНС"'),
    ('contractor-invoice-thebat', 'contractor-bank-change-freemail'):
        ('Igor Petrov, invoice № 112',
         'usual address and The Bat!, unchanged Sberbank account vs. new Yandex address and new T-Bank account'),
    ('holiday-schedule-internal-koi8', 'fakeboss-security-service-pretext'):
        ('message from the St Petersburg office manager',
         'internal relay, routine notice vs. mail.ru address demanding secrecy for an "FSB" caller'),
}
