"""Genuine business messages 09-16 (English)."""
import files
import infra
from common import M, T, H, ALT, MIX, REL, A, U, plain, html_simple, outlook_alt, gmail_alt, pdf_att, st
from mime import Part, rfc_date, html_outlook
from people import IDS

F = 'business'
HARTLEY_TENANT = 'a6d3c1f0-2b7e-4e59-8c14-5f9b0d2e7a63'
PENNINE_TENANT = '0f4b9e21-7c3a-4d68-b1e5-c2a8d7f39046'


def b09():
    join = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTE4ZDk2NzMtNGMxZi00YjJhLWE3ODQtZDEwZjY1YzBiMmE5%40thread.v2/0'
            '?context=%7b%22Tid%22%3a%22a6d3c1f0-2b7e-4e59-8c14-5f9b0d2e7a63%22%2c%22Oid%22%3a%2271c0b2e4-9d13-4a55-8f0e-3e6d9a2b1c47%22%7d')
    text = """Hi Oliver, James,

As discussed, a slot to go through the 2027 packaging plan: volumes for the 60x40 RRP trays, the switch to the lighter B-flute board and the new stacking spec for the Evesham cold store.

Agenda
1. Volume forecast Q1-Q2 2027
2. Trial results B-flute vs. C-flute (BCT)
3. Artwork changes for the Hartley own-label range

Thanks,
Emma

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
[[Click here to join the meeting|%s]]
Meeting ID: 382 914 507 221
Passcode: Xp7mQ2
[[Learn More|https://aka.ms/JoinTeamsMeeting]] | [[Meeting options|https://teams.microsoft.com/meetingOptions/]]
________________________________________________________________________________
""" % join
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Emma Clarke:mailto:emma.clarke@hartleyfresh.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Grant:mailto:oliver.grant@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@example.com
DESCRIPTION;LANGUAGE=en-GB:Hi Oliver\\, James\\,\\n\\nAs discussed\\, a slot to go through the 2027 packaging plan.\\n
UID:040000008200E00074C5B7101A82E00800000000D4C2A1B7E96ADC01000000000000000010000000A7F3C2E1D0B94F4A8E6D5C4B3A291807
SUMMARY;LANGUAGE=en-GB:Q1 2027 packaging review - Hartley Fresh / Example Packaging
DTSTART;TZID=GMT Standard Time:20261203T100000
DTEND;TZID=GMT Standard Time:20261203T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261124T143512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:emma.clarke@hartleyfresh.co.uk\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_YTE4ZDk2NzMtNGMxZi00YjJhLWE3ODQtZDEwZjY1YzBiMmE5-thread.v2
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % join
    ics = ics.replace('\n', '\r\n')
    cal = T(ics, 'utf-8', 'base64', sub='calendar', params=[('method', 'REQUEST')])
    cal.kind = 'calendar'
    body = ALT(T(plain(text, 'outlook'), 'us-ascii', 'quoted-printable'),
               H(html_outlook(text, 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable'), cal)
    return M(F, 9, 'en', 'teams-meeting-invite-customer', U(11, 24, 14, 35, 12),
             (infra.m365, dict(region='UK', lang='en-GB', tenant=HARTLEY_TENANT)), ('Emma Clarke', 'emma.clarke@hartleyfresh.co.uk'),
             [st('oliver.grant'), st('james.whitfield')], 'Q1 2027 packaging review - Hartley Fresh / Example Packaging', body,
             'Genuine Microsoft Teams meeting invitation from a customer (text, HTML and text/calendar METHOD:REQUEST)',
             'Customer\'s own Microsoft 365 tenant, standard Teams join link and calendar object, concrete agenda; no codes to type anywhere. '
             'Hard negative of attack/09 (device-code "Teams room").',
             extra=[('Content-class', 'urn:content-classes:calendarmessage')], zone='UK', clang='en-GB', hcs='us-ascii')


def b10():
    text = """Microsoft

Your invoice is ready

Billing account: Example Group GmbH
Billing profile: Example Group GmbH - Bielefeld
Invoice ID: G071483529
Billing period: 1 October 2026 - 31 October 2026
Amount due: EUR 18,742.50
Due date: 30 November 2026
Payment method: Wire transfer

You can view and download your invoice in the Microsoft 365 admin center under Billing > Bills & payments.

[[View invoice|https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list]]

To pay by wire transfer, use the bank details printed on the invoice and include the invoice ID as the payment reference.

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland
"""
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'quoted-printable'), H(html_simple(text, 'Segoe UI, Arial, sans-serif'), 'utf-8', 'quoted-printable'))
    return M(F, 10, 'en', 'microsoft-365-invoice-ready', U(11, 3, 4, 12, 40),
             (infra.microsoft_service, dict(msgdomain='az.westeurope.production.microsoft.com')), ('Microsoft', 'microsoft-noreply@microsoft.com'),
             [st('thomas.bergmann')], 'Your Microsoft invoice G071483529 is ready', body,
             'Genuine Microsoft billing notification (monthly Microsoft 365 invoice for the tenant) to the head of IT',
             'From microsoft.com via Microsoft\'s outbound infrastructure, points only to admin.microsoft.com, amount and billing account consistent, '
             'no phone number or urgency. Hard negative of attack/10 and attack/28 (subscription/renewal callback lures).', zone='UTC')


def b11():
    url = 'https://examplegroup.sharepoint.com/:x:/s/UKFinance/EbT4m2Qk9xJHr0vYw3pL5cUBx8aZ1nFq7dR6sK2eV0gH4w?e=Rk2p9Z'
    text = """James Whitfield shared a file with you

Here's the Q4 forecast with the Hartley volumes updated - can you check the freight accruals in tab 3 before Friday?

Birmingham Q4 forecast.xlsx

[[Open|%s]]

This link will work for people in Example Group.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % url
    body = ALT(T(plain(text, 'gmail'), 'utf-8', 'quoted-printable'), H(html_simple(text, 'Segoe UI, Arial, sans-serif'), 'utf-8', 'quoted-printable'))
    return M(F, 11, 'en', 'sharepoint-file-shared-internal', U(11, 25, 15, 2, 9),
             (infra.microsoft_service, dict(msgdomain='odspnotify')), ('James Whitfield', 'no-reply@sharepointonline.com'),
             [st('priya.sharma')], 'James Whitfield shared "Birmingham Q4 forecast.xlsx" with you', body,
             'Genuine SharePoint Online sharing notification: the UK office manager shares a forecast workbook with the UK accountant',
             'Microsoft\'s real sharepointonline.com sender, link to the company\'s own tenant examplegroup.sharepoint.com restricted to "people in Example Group", '
             'colleague\'s personal note with a concrete task. Hard negative of attack/03 and attack/36 (document-share lures).',
             reply_to=st('james.whitfield'), zone='UTC')


def b12():
    lines = ['## Pennine Freight Ltd - Proof of Delivery', 'Consignment PF-2611-45902    Service: Next day pallet', '--', '',
             'Collected: 16/11/2026 14:20  Example Packaging UK Ltd, Unit 4 Redfern Park Way, Tyseley, Birmingham B11 2DN',
             'Delivered: 17/11/2026 07:42  Hartley Fresh Produce Ltd, Goods In Door 2, Evesham WR11 4TS', '',
             'Pallets: 6 (full, 1200x1000)    Weight: 2,140 kg    Customer ref: PO 4410356', '',
             'Received in good condition: YES    Exceptions: none',
             'Signed: R. PATEL (Goods In)    Vehicle: PF62 KXR    Driver: M. Booth', '--',
             'Pennine Freight Ltd, Calder Road, Halifax HX1 5QB - Registered in England and Wales No. 05512984']
    text = """Dear Customer,

Please find attached the proof of delivery for the following consignment:

Consignment: PF-2611-45902
Your reference: PO 4410356
Delivered: 17/11/2026 07:42 to Hartley Fresh Produce Ltd, Evesham
Signed by: R. PATEL

This is an automated message from the Pennine Freight tracking system. For queries please contact your account manager, Gary Holt, on 01422 870 314 or reply to this email.

Pennine Freight Ltd
"""
    body = MIX(outlook_alt(text, 'us-ascii', '7bit', lang='EN-GB', hcte='quoted-printable'),
               pdf_att('POD_PF-2611-45902.pdf', lines, 'POD PF-2611-45902', 'Pennine Freight', 'PF TrackWeb', 'iText 7.2.5', U(11, 17, 8, 1)))
    return M(F, 12, 'en', 'carrier-pod-pdf', U(11, 17, 8, 2, 55),
             (infra.m365, dict(region='UK', lang='en-GB', tenant=PENNINE_TENANT)), ('Pennine Freight POD', 'pod@penninefreight.co.uk'),
             [st('oliver.grant')], 'Proof of delivery - PF-2611-45902 - PO 4410356', body,
             'Genuine carrier proof-of-delivery e-mail with the POD as a text PDF',
             'Carrier\'s real domain and Microsoft 365 tenant, matching PO and customer, PDF attached directly, named account manager and landline, no viewer link. '
             'Hard negative of attack/12 (ClickFix POD look-alike).', cc=[st('priya.sharma')], zone='UK', clang='en-GB', hcs='us-ascii')


def b13():
    lines = ['## DRAFT (2) - FOR DISCUSSION PURPOSES ONLY', 'Lease renewal - Unit 4, Redfern Park Way, Tyseley, Birmingham B11 2DN', '--', '',
             'Landlord: Tyseley Industrial Estates Ltd', 'Tenant: Example Packaging UK Ltd (company no. ' + IDS['ex_uk_crn'] + ')', '',
             '# Principal terms', '1. Term: 10 years from 25 March 2027, tenant break option at year 5 on 6 months\' notice.',
             '2. Rent: GBP 148,500 per annum exclusive, upward-only review at year 5.',
             '3. Rent-free period: 6 months, half rent for a further 3 months if the break is not exercised.',
             '4. Repair: full repairing, limited by a photographic schedule of condition.',
             '5. Alterations: tenant may install racking and a second loading dock subject to landlord consent (not to be unreasonably withheld).', '',
             'Whitmore Hale LLP - ref RL/EXP/1142-3 - 20 November 2026']
    text = """Dear James,

Lease renewal - Unit 4, Redfern Park Way

Further to our call on Tuesday, I attach the second draft of the heads of terms reflecting the points agreed with the landlord's agents: the year-5 break, the 6-month rent-free period and the wording on the second loading dock.

Two points remain open:
- the schedule of condition: the landlord wants to rely on the 2017 schedule; we recommend a new photographic schedule before completion;
- the service charge cap: the agents have not yet come back on our proposed cap of GBP 1.95 per sq ft.

Could you let me have your comments by 4 December? Our fees to date will be invoiced in the usual way to your accounts team at the end of the month.

Kind regards,

Rebecca Lowe
Senior Associate, Commercial Property
Whitmore Hale LLP
Colmore Gate, 2 Colmore Row, Birmingham B3 2QD
T: 0121 496 0144

Whitmore Hale LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 654321). Please note that we will never notify you of a change to our bank details by email. If you receive such an email, please call us on a number you already hold.
"""
    body = MIX(outlook_alt(text, 'us-ascii', 'quoted-printable', lang='EN-GB'),
               pdf_att('Draft HoT (2) - Unit 4 Redfern Park Way.pdf', lines, 'Heads of terms draft 2', 'Rebecca Lowe',
                       'Microsoft Word', 'Microsoft: Print To PDF', U(11, 20, 10, 30)))
    return M(F, 13, 'en', 'solicitor-lease-renewal', U(11, 20, 11, 42, 18),
             (infra.mimecast_uk, {}), ('Rebecca Lowe', 'rebecca.lowe@whitmorehale.co.uk'), [st('james.whitfield')],
             'Lease renewal - Unit 4, Redfern Park Way [WH-RL/EXP/1142-3]', body,
             'Genuine e-mail from the UK office\'s retained solicitors (via Mimecast) with draft heads of terms for the warehouse lease renewal',
             'Known firm and matter reference, sent through the firm\'s Exchange and Mimecast, substantive legal content, fees invoiced "in the usual way", '
             'explicit warning about bank-detail fraud. Hard negative of attack/13 (fake lawyer).', zone='UK', clang='en-GB', hcs='us-ascii')


def b14():
    text = """Companies House

Company number: %s
Company name: EXAMPLE PACKAGING UK LTD

Your confirmation statement is due

Your confirmation statement must be filed by 21 December 2026.

You can file it online:
https://www.gov.uk/file-your-confirmation-statement-with-companies-house

You'll need your company authentication code or a GOV.UK One Login linked to the company.

If you have already filed your confirmation statement, you do not need to do anything.

Companies House
""" % IDS['ex_uk_crn']
    body = ALT(T(text, 'us-ascii', '7bit'), H(html_simple(plain(text, 'bare'), 'Arial, sans-serif').replace(
        'https://www.gov.uk/file-your-confirmation-statement-with-companies-house',
        '<a href="https://www.gov.uk/file-your-confirmation-statement-with-companies-house">https://www.gov.uk/file-your-confirmation-statement-with-companies-house</a>'),
        'us-ascii', 'quoted-printable'))
    return M(F, 14, 'en', 'companies-house-gov-notify', U(11, 23, 9, 0, 13),
             (infra.ses, dict(region='eu-west-2')), ('Companies House', 'companies.house@notifications.service.gov.uk'),
             [st('james.whitfield')], 'Your confirmation statement is due', body,
             'Genuine GOV.UK Notify reminder from Companies House that the confirmation statement is due',
             'GOV.UK Notify sends via Amazon SES in eu-west-2 from notifications.service.gov.uk; plain government style, link only to www.gov.uk, '
             'no payment or credentials by mail. Hard negative of attack/14 (HMRC look-alike via SendGrid) and attack/24 (fake register).',
             zone='UTC', hcs='us-ascii')


def b15():
    text = """Hey lukas-poehlmann-exg!

A sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.

Device: Firefox on Windows
Verification code: 418302

If you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.

If you'd like to automatically verify devices in the future, consider enabling two-factor authentication on your account. Visit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.

If you decide to enable two-factor authentication, ensure you retain access to one or more account recovery methods. See https://docs.github.com/articles/configuring-two-factor-authentication-recovery-methods in the GitHub Help.

Thanks,
The GitHub Team
"""
    body = ALT(T(text, 'UTF-8', '7bit'), H(html_simple(plain(text, 'bare'), '-apple-system, Segoe UI, Helvetica, Arial, sans-serif'), 'UTF-8', 'quoted-printable'))
    return M(F, 15, 'en', 'github-device-verification', U(11, 16, 9, 12, 14),
             (infra.github, {}), ('GitHub', 'noreply@github.com'), [st('lukas.poehlmann')],
             '[GitHub] Please verify your device', body,
             'Genuine GitHub device-verification code mail triggered by the IT security admin\'s own sign-in',
             'From GitHub\'s own outbound servers (out-NN.smtp.github.com), standard template, code to be typed on the user\'s own device, links only to github.com. '
             'Hard negative for code/verification-themed lures (attack/09).', zone='US-P', hcs='UTF-8')


def b16():
    text = """Hi Oliver,

We've had a problem with Tuesday's delivery against PO 4410287 (6 pallets of the 60x40 RRP trays, your delivery note DN-UK-26-18834).

On three of the pallets the trays in the bottom two layers have crushed corners and several have split along the glue flap - see the attached photos from goods in. The pallets were wrapped fine and the carrier's POD is clean, so we don't think this is transit damage; it looks more like the board doesn't meet the stacking strength we agreed (BCT min. 4.2 kN, stacked 8 high in the cold store at 2 degrees C and high humidity).

We've quarantined about 1,800 trays. We need replacement stock by Friday for the Saturday packing shift, otherwise we'll have to buy in from another supplier and will pass the cost on. Could you also arrange collection of the damaged pallets and send us the test results for that batch (the label says batch 26-1107-B)?

Thanks,
Emma

Emma Clarke
Packaging Buyer
Hartley Fresh Produce Ltd
Vale Park, Evesham WR11 4TS
T: 01386 496 210
"""
    ph1 = files.photo_png('b16-1', 480, 360)
    ph2 = files.photo_png('b16-2', 480, 360)
    body = MIX(outlook_alt(text, 'us-ascii', 'quoted-printable', lang='EN-GB'),
               A('IMG_20261112_0712.png', ph1, 'image/png'), A('IMG_20261112_0714.png', ph2, 'image/png'))
    return M(F, 16, 'en', 'customer-complaint-crushed-trays', U(11, 12, 9, 28, 0),
             (infra.m365, dict(region='UK', lang='en-GB', tenant=HARTLEY_TENANT)), ('Emma Clarke', 'emma.clarke@hartleyfresh.co.uk'),
             [st('oliver.grant')], 'Crushed trays - PO 4410287 - delivery 10/11', body,
             'Genuine customer complaint about crushed RRP trays with two PNG photos, threat to buy elsewhere and pass on costs',
             'Known customer contact from her own Microsoft 365 tenant, concrete PO, delivery note, batch and BCT spec, photos as images; '
             'pressure is commercial, no link/payment/credential request. Hard negative for urgency/threat heuristics (cf. attack/15 naming this customer).',
             cc=[st('james.whitfield')], zone='UK', clang='en-GB', hcs='us-ascii')


MESSAGES = [b09, b10, b11, b12, b13, b14, b15, b16]
