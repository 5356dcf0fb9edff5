"""Fixed Message-IDs for conversations that span several files, so that
In-Reply-To/References stay consistent across the set."""
# Jürgen Hölzer -> Stefan Maier, 12 Nov 2026 (not itself in the set; quoted)
WIEGE_Q = "<5c1e7a93d04b4f2a8e61b3c7d9f02a46@EXCH01.corp.example.com>"
# Stefan Maier's genuine reply, business/03 (13 Nov 2026)
WIEGE_R1 = "<000001db55a1$7c3e9f20$74badf60$@lieferant-gmbh.de>"
# Sandra Pohl -> Containerdienst Brandt, 29 Oct 2026 (quoted by attack/07)
BRANDT_Q = "<b7e20c4f91a64d7d8c2f0e5a3b19d6c8@EXCH02.corp.example.com>"
# Roberto Galli -> Ferretti amministrazione, 2 Nov 2026 (quoted by attack/18)
FERR_Q = "<3a9d1f7e0c2b48e6b5d4a17f9e8c6b21@EXCH01.corp.example.com>"
# Luca Bonetti -> Chiara Colombo, 5 Nov 2026 (quoted by business/18)
FERR_V = "<e41c8b2a7d9f4c03a6b58e1d2f7c9a40@EXCH02.corp.example.com>"
