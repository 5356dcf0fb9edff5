// The explicit, ordered list of checks. Adding a check = one file in this directory + one entry
// here + its symbols in rules/symbols.yaml (and options, if any, in rules/checks.yaml).
// Checks of the same phase run concurrently; the order here is the order in logs and reports.
import type { Check } from '../types.ts';
import { advanceFeeCheck } from './advance-fee.ts';
import { attachmentsCheck } from './attachments.ts';
import { bankDetailsCheck } from './bank-details.ts';
import { authCheck } from './auth.ts';
import { bayesCheck } from './bayes.ts';
import { brandImpersonationCheck } from './brand-impersonation.ts';
import { bulkCheck } from './bulk.ts';
import { callbackPhishingCheck } from './callback-phishing.ts';
import { clamavCheck } from './clamav.ts';
import { credentialLureCheck } from './credential-lure.ts';
import { cryptoWalletsCheck } from './crypto-wallets.ts';
import { customRulesCheck } from './custom-rules.ts';
import { giftCardCheck } from './gift-card.ts';
import { dnsblCheck } from './dnsbl.ts';
import { greylistCheck } from './greylist.ts';
import { headersCheck } from './headers.ts';
import { heloCheck } from './helo.ts';
import { investmentScamCheck } from './investment-scam.ts';
import { jobScamCheck } from './job-scam.ts';
import { directoryScamCheck } from './directory-scam.ts';
import { domainAgeCheck } from './domain-age.ts';
import { recoveryScamCheck } from './recovery-scam.ts';
import { charityScamCheck } from './charity-scam.ts';
import { leadListCheck } from './lead-list.ts';
import { seoPitchCheck } from './seo-pitch.ts';
import { domainClaimCheck } from './domain-claim.ts';
import { loanSpamCheck } from './loan-spam.ts';
import { pharmaSpamCheck } from './pharma-spam.ts';
import { romanceScamCheck } from './romance-scam.ts';
import { remoteAccessCheck } from './remote-access.ts';
import { pasteCommandCheck } from './paste-command.ts';
import { payeeAccountsCheck } from './payee-accounts.ts';
import { payrollDiversionCheck } from './payroll-diversion.ts';
import { harvestedAddressCheck } from './harvested-address.ts';
import { copyrightClaimCheck } from './copyright-claim.ts';
import { einvoiceLureCheck } from './einvoice-lure.ts';
import { overpaymentRefundCheck } from './overpayment-refund.ts';
import { legalDownloadCheck } from './legal-download.ts';
import { govIdLureCheck } from './gov-id-lure.ts';
import { exhibitorHousingCheck } from './exhibitor-housing.ts';
import { privateAddressCheck } from './private-address.ts';
import { phoneAvoidedCheck } from './phone-avoided.ts';
import { messengerPivotCheck } from './messenger-pivot.ts';
import { availabilityProbeCheck } from './availability-probe.ts';
import { orderElsewhereCheck } from './order-elsewhere.ts';
import { hiddenTextCheck } from './hidden-text.ts';
import { knownSenderCheck } from './known-sender.ts';
import { linksCheck } from './links.ts';
import { listsCheck } from './lists.ts';
import { phishingCheck } from './phishing.ts';
import { qrCodesCheck } from './qr-codes.ts';
import { replyCheck } from './reply.ts';
import { scriptsCheck } from './scripts.ts';
import { secretTransferCheck } from './secret-transfer.ts';
import { senderDomainCheck } from './sender-domain.ts';
import { spamtrapCheck } from './spamtrap.ts';
import { spoofingCheck } from './spoofing.ts';
import { uriblCheck } from './uribl.ts';

// Each check is typed for its own phase and options; the runner only needs the common shape.
const asCheck = <P extends Check['phase'], O>(c: Check<P, O>): Check => c as unknown as Check;

export const CHECKS: readonly Check[] = [
  asCheck(dnsblCheck),
  asCheck(heloCheck),
  asCheck(headersCheck),
  asCheck(listsCheck),
  asCheck(greylistCheck),
  asCheck(authCheck),
  asCheck(senderDomainCheck),
  asCheck(domainAgeCheck),
  asCheck(knownSenderCheck),
  asCheck(replyCheck),
  asCheck(spoofingCheck),
  asCheck(clamavCheck),
  asCheck(attachmentsCheck),
  asCheck(bayesCheck),
  asCheck(bulkCheck),
  asCheck(spamtrapCheck),
  asCheck(scriptsCheck),
  asCheck(hiddenTextCheck),
  asCheck(uriblCheck),
  asCheck(phishingCheck),
  asCheck(brandImpersonationCheck),
  asCheck(credentialLureCheck),
  asCheck(linksCheck),
  asCheck(qrCodesCheck),
  asCheck(cryptoWalletsCheck),
  asCheck(callbackPhishingCheck),
  asCheck(bankDetailsCheck),
  asCheck(payeeAccountsCheck),
  asCheck(payrollDiversionCheck),
  asCheck(advanceFeeCheck),
  asCheck(secretTransferCheck),
  asCheck(investmentScamCheck),
  asCheck(giftCardCheck),
  asCheck(jobScamCheck),
  asCheck(directoryScamCheck),
  asCheck(recoveryScamCheck),
  asCheck(charityScamCheck),
  asCheck(leadListCheck),
  asCheck(seoPitchCheck),
  asCheck(domainClaimCheck),
  asCheck(pharmaSpamCheck),
  asCheck(loanSpamCheck),
  asCheck(harvestedAddressCheck),
  asCheck(copyrightClaimCheck),
  asCheck(einvoiceLureCheck),
  asCheck(govIdLureCheck),
  asCheck(overpaymentRefundCheck),
  asCheck(legalDownloadCheck),
  asCheck(exhibitorHousingCheck),
  asCheck(privateAddressCheck),
  asCheck(phoneAvoidedCheck),
  asCheck(messengerPivotCheck),
  asCheck(availabilityProbeCheck),
  asCheck(orderElsewhereCheck),
  asCheck(romanceScamCheck),
  asCheck(remoteAccessCheck),
  asCheck(pasteCommandCheck),
  asCheck(customRulesCheck),
];
