# -*- coding: utf-8 -*-
"""Genuine business messages 17-21 (Italian)."""
from msgkit import *  # noqa: F401,F403
from attack_it import CVP_ORIG


@message("business", 17, "it", "ferretti-fattura-cortesia",
         "Carrier invoice 1874/2026 (courtesy copy PDF) for an ADR transport Milan-Cologne; e-invoice already sent via SdI",
         "Real domain ferretti-trasporti.it via Aruba's SMTP; refers to the SdI transmission and the delivery note, payment terms 60 days to the long-standing Intesa Sanpaolo IBAN; no change requested")
def b17():
    p = infra.SMTPHost(mua="outlook", software="aruba", host="smtpcmd0871.aruba.it", host_ip="62.149.156.71",
                       rdns="smtpcmd0871.aruba.it", lang_tag="it")
    txt = """Spett.le Example Group Italia S.r.l.,

in allegato copia di cortesia della fattura n. 1874/2026 del 30/10/2026 relativa al trasporto ADR Milano - Colonia del 27/10/2026 (DDT 4410), per un importo di EUR 5.941,40 IVA inclusa.

La fattura elettronica è stata trasmessa tramite Sistema di Interscambio al Vostro codice destinatario (identificativo SdI 17294836511).

Pagamento: bonifico bancario a 60 gg d.f.f.m. su Intesa Sanpaolo, IBAN %s.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 42 - 26013 Crema (CR)
Tel. +39 0373 204 100 - P.IVA %s
""" % (P("ferretti"), VAT["ferretti"][2:])
    pdf = pdf_att([("FERRETTI TRASPORTI S.p.A.", "h"), "Via dell'Industria 42 - 26013 Crema (CR) - P.IVA " + VAT["ferretti"][2:], "",
                   "Spett.le Example Group Italia S.r.l. - Via Gallarate 184 - 20151 Milano - P.IVA " + VAT["eg_it"][2:], "",
                   ("FATTURA N. 1874/2026 del 30/10/2026 - copia di cortesia", "b"), "",
                   "Trasporto ADR Milano (MI) - Köln (DE), 27/10/2026, DDT 4410, 6 pallet   4.870,00 EUR",
                   "IVA 22%                                                            1.071,40 EUR",
                   ("Totale documento                                                    5.941,40 EUR", "b"), "",
                   "Pagamento: bonifico 60 gg d.f.f.m. - Intesa Sanpaolo - IBAN " + P("ferretti"),
                   ("Documento non valido ai fini fiscali - l'originale è trasmesso tramite SdI.", "s")],
                  "Fattura_1874_2026.pdf", title="Fattura 1874/2026", author="Ferretti Trasporti",
                  creator="TeamSystem Enterprise", producer="TeamSystem Enterprise", date="D:20261030160000+01'00'")
    body = multipart("mixed", [text(txt, "plain", "iso-8859-1", "base64"), pdf])
    return make("b17", p, bt(2026, 10, 30, 16, 14, 27), "amministrazione@ferretti-trasporti.it", S("it_acc")[1],
                ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), S("it_acc"),
                "Fattura n. 1874/2026 del 30/10/2026 - Example Group Italia S.r.l.", body,
                user_ip="2.228.71.130", user_lan="192.168.10.31", hdr_cs="iso-8859-1", hdr_enc="Q")


@message("business", 18, "it", "commercialista-f24-scadenze",
         "The external tax adviser sends the monthly F24 summary (VAT, withholding taxes, INPS) due 16 Nov and notes that no irregularity notices exist",
         "Known adviser's own domain via her provider's SMTP, Outlook; routine monthly payment handled by the adviser through Entratel from the company's own account; plain PDF, nothing to open or pay to third parties")
def b18():
    p = infra.SMTPHost(mua="outlook", software="postfix", host="authsmtp.register.it", host_ip="195.110.124.133",
                       rdns="authsmtp.register.it", lang_tag="it")
    txt = """Gentile Francesca,

come ogni mese Le invio in allegato il prospetto dei versamenti in scadenza lunedì 16 novembre (IVA mensile di ottobre, ritenute su redditi di lavoro dipendente e autonomo, contributi INPS).

Totale F24: € 18.436,72

Come d'accordo, l'F24 verrà addebitato tramite il nostro servizio Entratel sul conto UniCredit della società con data 16/11; non deve fare nulla, Le chiedo solo di verificare la disponibilità sul conto.

Segnalo inoltre che nel cassetto fiscale non risultano comunicazioni di irregolarità per la dichiarazione IVA 2026: eventuali avvisi dell'Agenzia arrivano via PEC o tramite il nostro studio come intermediario, mai come archivi compressi per e-mail.

Cordiali saluti

Dott.ssa Elena Galli
Studio Galli Commercialisti Associati
Via Mazzini 18 – 26100 Cremona
Tel. 0372 412 880
"""
    pdf = pdf_att([("Studio Galli Commercialisti Associati", "h"), "Example Group Italia S.r.l. - prospetto F24 scadenza 16/11/2026", "",
                   "Sezione Erario   6010  IVA mensile ottobre 2026                  9.812,40",
                   "Sezione Erario   1001  Ritenute lavoro dipendente 10/2026        5.106,32",
                   "Sezione Erario   1040  Ritenute lavoro autonomo 10/2026            418,00",
                   "Sezione INPS     DM10  Contributi 10/2026                        3.100,00",
                   ("Totale                                                         18.436,72", "b"), "",
                   "Addebito tramite Entratel su UniCredit IBAN " + P("eg_it")],
                  "F24_Example_Group_Italia_16-11-2026.pdf", title="Prospetto F24", author="Studio Galli",
                  date="D:20261110120000+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "windows-1252", "IT"), "windows-1252", "quoted-printable"), pdf])
    return make("b18", p, bt(2026, 11, 10, 12, 7, 58), "elena.galli@studiogalli-cr.it", S("it_acc")[1],
                ("Dott.ssa Elena Galli", "elena.galli@studiogalli-cr.it"), S("it_acc"),
                "F24 in scadenza il 16 novembre – IVA ottobre e ritenute", body, cc=[S("it_mgr")],
                user_ip="151.38.204.17", user_rdns="151-38-204-17.ip.wind.it", user_lan="192.168.1.40",
                hdr_cs="windows-1252", hdr_enc="Q")


@message("business", 19, "it", "caseificio-rinnovo-contratto",
         "Customer's quality manager asks for a revised 2027 pest-control offer (12 visits, electronic trap monitoring) and attaches the BRC audit extract",
         "Start of the real thread later hijacked in attack 19: sent with Outlook via Aruba SMTP from the dairy's Italian line, genuine attachment, ordinary commercial request")
def b19():
    p = infra.SMTPHost(mua="outlook", software="aruba", host="smtpdh19-2.aruba.it", host_ip="62.149.155.192",
                       rdns="smtpdh19-2.aruba.it", lang_tag="it")
    txt = """Buongiorno Niccolò,

il contratto di disinfestazione e derattizzazione per gli stabilimenti di Cremona e Soresina scade il 31/12. Per il rinnovo 2027 ci servirebbero alcune modifiche:
- passaggio da 8 a 12 visite annue, come richiesto dall'ultimo audit BRC;
- monitoraggio elettronico delle trappole nelle celle di stagionatura;
- trattamento preventivo contro gli insetti striscianti nel magazzino imballaggi.

Ci può mandare un'offerta aggiornata entro metà novembre? In allegato l'estratto del verbale di audit con le osservazioni sul piano di monitoraggio.

Cordiali saluti
Marco Rinaldi
Responsabile Qualità
Caseificio Val Padana S.r.l.
Via Postumia 112 - 26100 Cremona
"""
    pdf = pdf_att([("Caseificio Val Padana S.r.l. - Audit BRCGS Food Safety Issue 9", "h"), "Estratto osservazioni - 14/10/2026", "",
                   "NC minore 4.14.2: frequenza delle ispezioni pest control non adeguata al rischio (8/anno).",
                   "Osservazione: mappa delle postazioni non aggiornata nelle celle di stagionatura 3 e 4.",
                   "Osservazione: assente analisi dei trend per insetti striscianti - magazzino imballaggi.", "",
                   "Azione correttiva richiesta entro il 31/12/2026."],
                  "Estratto_audit_BRC_2026.pdf", title="Estratto audit", author="Qualità", date="D:20261102094000+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "iso-8859-1", "IT"), "iso-8859-1", "quoted-printable"), pdf])
    return make("b19", p, bt(2026, 11, 2, 9, 52, 16), "m.rinaldi@caseificiovalpadana.it", S("it_mgr")[1],
                ("Marco Rinaldi", "m.rinaldi@caseificiovalpadana.it"), S("it_mgr"),
                "Rinnovo contratto disinfestazione 2027", body, msgid=CVP_ORIG,
                user_ip="93.57.208.14", user_rdns="93-57-208-14.ip162.fastwebnet.it", user_lan="192.168.0.52",
                hdr_cs="iso-8859-1", hdr_enc="Q")


@message("business", 20, "it", "portatile-rotto-mail-privata",
         "A field service lead writes from his private Libero address that his company laptop will not boot and asks for a spare",
         "Colleague's private webmail, reports a hardware problem, proposes to bring the device to the office, asks nothing sensitive")
def b20():
    p = infra.Webmail(kind="libero")
    txt = """Ciao Niccolò,

ti scrivo dalla mail personale perché il portatile aziendale (il Lenovo con etichetta EG-IT-0143) da stamattina non si accende più: dopo l'aggiornamento di ieri sera si è spento e adesso la spia di alimentazione lampeggia arancione e basta. Ho già provato con un altro alimentatore.

Domani sono tutto il giorno da Caseificio Val Padana a Soresina per le ispezioni, posso passare giovedì mattina in ufficio a lasciarlo? Se c'è un portatile di scorta mi faresti un favore, i rapporti di servizio intanto li compilo dal tablet.

Per qualsiasi cosa chiamami sul cellulare aziendale.

Ciao
Davide
"""
    body = alt(txt, "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"></head><body>" + "".join(
        "<p>%s</p>" % esc(l) if l else "<p><br></p>" for l in txt.split("\n")) + "</body></html>\n", "UTF-8", "quoted-printable")
    return make("b20", p, bt(2026, 11, 23, 8, 11, 40), "davide.esposito79@libero.it", S("it_mgr")[1],
                ("Davide Esposito", "davide.esposito79@libero.it"), S("it_mgr"),
                "Portatile aziendale non si accende", body, user_ip="79.37.115.202", hdr_cs="UTF-8", hdr_enc="Q")


@message("business", 21, "it", "agrofarm-sollecito-blocco-forniture",
         "Supplier's final payment reminder: two overdue invoices (EUR 6,095.75), threat to suspend deliveries and hand over to a lawyer, statement of account attached",
         "Known supplier's own domain and server, demands payment to its usual Banco BPM account, cites invoice numbers and the late-payment law; harsh but legitimate")
def b21():
    p = infra.SMTPHost(mua="erp", software="postfix", host="mail.agrofarmesche.it", host_ip="185.58.118.20",
                       rdns="mail.agrofarmesche.it")
    txt = """Spett.le Example Group Italia S.r.l.,

alla data odierna risultano scadute e non pagate le seguenti fatture:

FT 2026/2217 del 31/08/2026  scad. 30/09/2026   € 3.184,20
FT 2026/2490 del 30/09/2026  scad. 31/10/2026   € 2.911,55
Totale                                          € 6.095,75

Vi invitiamo a provvedere al saldo entro 7 giorni dal ricevimento della presente mediante bonifico sul c/c Banco BPM, IBAN %s. Trascorso tale termine, in assenza di riscontro, saremo costretti a sospendere le forniture in corso (ordine n. 884, esche rodenticide) e ad affidare la pratica al nostro legale per il recupero del credito, con addebito degli interessi di mora ai sensi del D.Lgs. 231/2002.

Qualora il pagamento fosse già stato effettuato, Vi preghiamo di inviarci copia della contabile e di considerare nulla la presente.

Distinti saluti

Ufficio Crediti
Agrofarm Esche S.r.l. – Via dell'Artigianato 9 – 25030 Castel Mella (BS)
""" % P("agrofarm")
    pdf = pdf_att([("Agrofarm Esche S.r.l.", "h"), "Estratto conto cliente 2207 - Example Group Italia S.r.l. al 01/12/2026", "",
                   "FT 2026/2217  31/08/2026  scad. 30/09/2026   3.184,20 EUR",
                   "FT 2026/2490  30/09/2026  scad. 31/10/2026   2.911,55 EUR",
                   ("Saldo scaduto                                 6.095,75 EUR", "b"), "",
                   "Banco BPM - IBAN " + P("agrofarm")],
                  "Estratto_conto_2207.pdf", title="Estratto conto", author="Agrofarm", date="D:20261201080000+01'00'")
    body = multipart("mixed", [text(txt, "plain", "windows-1252", "8bit"), pdf])
    return make("b21", p, bt(2026, 12, 1, 8, 31, 22), "crediti@agrofarmesche.it", S("it_acc")[1],
                ("Agrofarm Esche S.r.l. - Ufficio crediti", "crediti@agrofarmesche.it"), S("it_acc"),
                "Sollecito di pagamento – ultimo avviso prima del blocco forniture", body, cc=[S("it_mgr")],
                user_ip="10.1.1.15", user_rdns="gestionale.agrofarm.local", user_lan="10.1.1.15",
                hdr_cs="windows-1252", hdr_enc="Q")
