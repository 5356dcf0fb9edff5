#!/usr/bin/env bash
# `npm run bench`: every benchmark, each printing a markdown table (see the README's benchmark section).
# Extra arguments go to the full-gateway throughput runs (e.g. --messages 10000).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "## Inbound: SMTP layer alone"
node --import tsx bench/throughput-smtp-layer.ts
echo
echo "## Inbound: pass-through (every check disabled)"
bash bench/throughput.sh --runs 3 --workers auto --checks off "$@"
echo
echo "## Inbound: full gateway, default rules"
bash bench/throughput.sh --runs 2 --workers auto "$@"
echo
echo "## Inbound: full gateway, real mail (the corpus's test split), Bayes trained by mailmoat train"
bash bench/throughput.sh --corpus --runs 2 --workers auto
echo
echo "## Bulk fingerprints in the embedded store as a campaign grows"
node --import tsx bench/bulk-store.ts
echo
echo "## Bayes accuracy (parameters by cross-validation inside the training split; three training orders)"
node --import tsx bench/accuracy.ts --cv --seeds 1,2,3
echo
echo "## Bayes on languages it never learned (needs Debian's manpages-ru, -de, -pl, -es, -it, -el, -fr)"
node --import tsx bench/foreign-text.ts
echo
echo "## Stemming in each language (gettext catalogues; manual pages with the -dev packages: manpages-dev, manpages-ru-dev, -de-dev, -es-dev, -pl-dev)"
node --import tsx bench/stemmers.ts
echo
echo "## Undeclared charsets: ICU alone against mailmoat (the manpages packages above; the -dev ones add pages)"
node --import tsx bench/charset-guess.ts
echo
echo "## The admin's own rules: 20 and 200 rules against parsing (SpamAssassin corpus)"
node --import tsx bench/custom-rules.ts
echo
echo "## Spam traps: spam-1 trapped, every other set scored (SpamAssassin corpus)"
node --import tsx bench/spamtrap.ts
echo
echo "## Short links: followed on a loopback shortener and from the Store, against direct links"
node --import tsx bench/short-links.ts
echo
echo "## File fingerprints: where they apply on the SpamAssassin corpus"
node --import tsx bench/file-fingerprints.ts
echo
echo "## Cryptocurrency wallets: address-shaped strings, valid ones and the checks' hits (SpamAssassin corpus)"
node --import tsx bench/crypto-wallets.ts 2>/dev/null
echo
echo "## Callback phishing: brands, toll-free numbers and sums, and the check's hits (SpamAssassin corpus)"
node --import tsx bench/callback-phishing.ts 2>/dev/null
echo
echo "## The text of PDF attachments: pdf.js against poppler on real PDFs (needs Debian's texlive-latex-extra-doc), and its cost per message"
node --import tsx bench/pdf-text.ts 2>/dev/null
echo
echo "## The text of Office attachments: Word and OpenDocument files written by pandoc, against pandoc's own readers, and its cost per message"
node --import tsx bench/office-text.ts 2>/dev/null
echo
echo "## Documents in archives: what reading them costs the classifier's tokenizing, by archive"
node --import tsx bench/archived-documents.ts
