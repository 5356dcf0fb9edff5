"""Attack messages 37-40 (Russian)."""

from dsl import *  # noqa: F401,F403

M = A("attack")

# ---------------------------------------------------------------- 37 FNS demand, password ZIP, windows-1251
_zip37 = zipc.make_zip([("Требование_08-17_41873_перечень_расхождений.pdf.scr",
                         b"placeholder: inert stand-in for a Windows screensaver executable (evaluation sample)\n")],
                       password="4187", seed="a37", when=(2026, 11, 2, 9, 3, 40))
_body37 = dedent("""
    Уважаемый налогоплательщик!

    Межрайонная ИФНС России № 32 по Свердловской области в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г. выявила расхождения между сведениями, содержащимися в декларации ООО «Экзампл Груп Рус» (ИНН %s), и сведениями, представленными вашими контрагентами.

    В соответствии с п. 3 ст. 88 Налогового кодекса РФ вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в налоговую декларацию. Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ и может стать основанием для приостановления операций по счетам (п. 3 ст. 76 НК РФ).

    Требование и перечень расхождений прилагаются. В целях защиты налоговой тайны архив защищён паролем: 4187

    С уважением,
    отдел камеральных проверок № 3
    Межрайонная ИФНС России № 32 по Свердловской области
    """) % RU["egr_inn"]
s37 = M(37, "ru", "fns-trebovanie-zip-parol",
        ("Межрайонная ИФНС России № 32 по Свердловской области", "ifns6685@nalog-gov.ru"), STAFF["ru_acc"],
        "Требование о представлении пояснений № 08-17/41873 (ст. 88 НК РФ)", "2026-11-02 12:04:31",
        P(infra.vps, helo="mail.nalog-gov.ru", rdns="unknown", ip="194.58.119.204",
          client_ip="194.58.119.204", mailer="roundcube", zone="MSK"),
        mixed(text(_body37, "windows-1251", "base64"),
              attach(_zip37, "application/zip", "Требование_08-17_41873.zip", name_style="rfc2047")),
        hcs="windows-1251", henc="B",
        what="'Tax inspectorate (FNS)' demands explanations on VAT-return discrepancies within 5 days; requirement in a password-protected ZIP",
        why="FNS sends requirements only through the accredited EDI operator (TKS) with a signed receipt, never by e-mail from nalog-gov.ru (real: nalog.gov.ru); the password-protected archive (ZipCrypto, password in the text) hides a .pdf.scr executable; threat of account freeze",
        technique="Malware delivery: password-protected ZIP with .pdf.scr, national tax office (FNS) pretext, look-alike domain on a VPS without rDNS")
s37.zip_password = "4187"

# ---------------------------------------------------------------- 38 compromised supplier mailbox, Yandex Disk link to protected archive
_body38 = dedent("""
    Ольга, добрый день!

    Направляю акт сверки взаимных расчётов за январь-сентябрь 2026 г. и счета на оплату по октябрьским отгрузкам (ферросилиций ФС75, модификатор, огнеупорная масса).

    Файлов много, поэтому выложила одним архивом на Яндекс Диск:
    https://disk.yandex.ru/d/Xq2kP8vL3mN9aB
    Пароль на архив: 2026

    Просьба подписать акт и вернуть скан до конца недели.

    С уважением,
    Ирина Волкова
    бухгалтер ООО «УралТехСнаб»
    """)
M(38, "ru", "uraltechsnab-vzlom-yandex-disk",
  CORR["uts"], STAFF["ru_acc"],
  "Акт сверки за 9 месяцев 2026 г. и счета на оплату", "2026-11-14 02:37:10",
  P(infra.yandex, webmail=False),
  alt(text(koi8_safe(_body38), "koi8-r", "quoted-printable"),
      html(html_outlook(koi8_safe(_body38), "RU", charset="koi8-r"), "koi8-r", "quoted-printable")),
  hcs="koi8-r", henc="B",
  what="Supplier's accountant (real address) sends a reconciliation statement and invoices as a password-protected archive on Yandex Disk",
  why="Genuinely compromised supplier mailbox (their real Yandex 360 server) used to spread malware: sent at 02:37 on a Saturday to the whole address book, password-protected archive on a public file share instead of the EDI system both companies use for acts and invoices; the archive carries an executable",
  technique="Compromised supplier mailbox, abuse of a genuine file-sharing service (Yandex Disk) with a password-protected archive")

# ---------------------------------------------------------------- 39 1C update / AnyDesk remote-access pretext
_body39 = dedent("""
    Уважаемый пользователь 1С!

    В связи с вступлением в силу новых форматов электронных счетов-фактур и отчётности ФНС с 01.01.2027 для вашей информационной базы «1С:Бухгалтерия предприятия, ред. 3.0» (рег. номер 800471193) требуется обязательное обновление до релиза 3.0.187 с конвертацией базы.

    Обновление выполняется специалистом сервисной службы удалённо и бесплатно в рамках действующего договора 1С:ИТС.

    Для записи на обновление:
    1. Скачайте программу удалённого доступа AnyDesk (установка не требуется).
    2. Запустите её и пришлите в ответ на это письмо 9-значный адрес рабочего места и удобное время.
    3. В назначенное время подтвердите подключение специалиста и не отходите от компьютера, может потребоваться ввод пароля к банк-клиенту для проверки обмена.

    Просим не откладывать: без обновления с 1 января вы не сможете сдавать отчётность и выставлять счета-фактуры.

    С уважением,
    сервисная служба 1С:ИТС
    """)
M(39, "ru", "1c-obnovlenie-anydesk",
  ("Сервисная служба 1С:ИТС", "service@its-1c-obnovlenie.ru"), STAFF["ru_acc"],
  "Обязательное обновление 1С:Бухгалтерия 3.0 с 01.01.2027 – запись на удалённое подключение", "2026-12-07 10:21:04",
  P(infra.vps, helo="its-1c-obnovlenie.ru", rdns="vds2214871.my-ihor.ru", ip="185.105.89.214",
    client_ip="127.0.0.1", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", zone="MSK", nohop=True),
  text(_body39, "utf-8", "8bit"),
  hcs="utf-8", henc="B",
  what="'1C service desk' announces a mandatory accounting-software update and asks to run AnyDesk and send the workstation ID",
  why="Remote-access pretext aimed at the accountant (1C + bank-client on the same PC = payment theft); domain its-1c-obnovlenie.ru is not 1c.ru / the company's 1C partner; asks for AnyDesk ID and even the bank-client password; the office's 1C is maintained by internal IT",
  technique="Remote-access (AnyDesk) support-scam pretext, software-vendor impersonation, PHPMailer on VPS")

# ---------------------------------------------------------------- 40 look-alike supplier bank change, koi8-r 8bit, PDF
_pdf40 = pdf.make_pdf([
    "# OOO \"UralTekhSnab\"", "620026, g. Ekaterinburg, ul. Rozy Lyuksemburg, d. 49, of. 412",
    "INN %s / KPP 667101001, OGRN %s" % (RU["uts_inn"], RU["uts_ogrn"]), "---",
    "Iskh. N 214 ot 24.11.2026", "", "Rukovoditelyu OOO \"Ekzampl Grup Rus\"", "",
    "# Informatsionnoe pismo ob izmenenii bankovskikh rekvizitov", "",
    "Nastoyashchim uvedomlyaem, chto s 01.12.2026 OOO \"UralTekhSnab\" perekhodit na",
    "raschetno-kassovoe obsluzhivanie v AO \"TBank\". Prosim vse platezhi napravlyat po rekvizitam:", "",
    "R/s " + RU["fr_rs"], "Bank: AO \"TBank\", g. Moskva", "BIK " + RU["fr_bik"], "K/s " + RU["fr_ks"], "",
    "Platezhi na prezhniy schet v PAO Sberbank s 01.12.2026 prinimatsya ne budut.", "",
    "Generalnyy direktor                     /A. V. Sedov/", "Glavnyy bukhgalter                      /I. A. Volkova/"],
    title="Pismo o smene rekvizitov", author="Volkova", creator="Writer", producer="LibreOffice 7.6",
    created="D:20261124113015+05'00'")
_body40 = dedent("""
    Ольга, добрый день!

    Информируем вас, что в связи с переходом на расчётно-кассовое обслуживание в АО «ТБанк» с 01.12.2026 изменяются банковские реквизиты ООО «УралТехСнаб». Счёт в ПАО Сбербанк закрывается.

    Новые реквизиты:
    Р/с %s
    Банк: АО «ТБанк», г. Москва
    БИК %s
    К/с %s
    ИНН/КПП без изменений: %s / 667101001

    Просим оплату по счетам № 1187 от 12.11.2026 и № 1206 от 19.11.2026 произвести уже по новым реквизитам. Официальное письмо за подписью генерального директора во вложении. Подтвердите, пожалуйста, получение ответным письмом.

    С уважением,
    Ирина Волкова
    бухгалтер ООО «УралТехСнаб»
    """) % (RU["fr_rs"], RU["fr_bik"], RU["fr_ks"], RU["uts_inn"])
M(40, "ru", "uraltehsnab-smena-rekvizitov-lookalike",
  ("Ирина Волкова", "i.volkova@uraltehsnab.ru"), STAFF["ru_acc"],
  koi8_safe("Изменение банковских реквизитов ООО «УралТехСнаб»"), "2026-11-24 11:32:48",
  P(infra.vps, helo="uraltehsnab.ru", rdns="unknown", ip="89.110.76.153", client_ip="176.124.203.77",
    mailer="thunderbird", zone="EKB"),
  mixed(text(koi8_safe(_body40), "koi8-r", "8bit"),
        attach(_pdf40, "application/pdf", "Письмо_о_смене_реквизитов.pdf")),
  hcs="koi8-r", henc="B",
  what="Supplier 'УралТехСнаб' announces new bank details (T-Bank instead of Sberbank) and asks to pay two invoices there; PDF letter",
  why="Look-alike domain uraltehsnab.ru (real supplier: uraltechsnab.ru) on a host without rDNS; account moved to a Moscow bank while INN/KPP stay; confirmation by e-mail only; letter is an unsigned LibreOffice PDF",
  technique="Supplier bank-detail change from look-alike domain (VPS, no rDNS); Russian account with valid BIK control key")
