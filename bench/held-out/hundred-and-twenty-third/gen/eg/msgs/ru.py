"""Russian messages: attack/37-40, business/37-40."""
from .common import *  # noqa
from .de import _bulk_headers
from ..msg import DMARC

DMARC.update({'nalog-uvedomlenie.ru': 'none', 'balt-fc.ru': 'none', 'kontur.ru': 'reject',
              'baltports-news.ru': 'none'})

KUZN = P('Андрей Кузнецов', 'a.kuznetsov@balt-fc.ru')
BUH = P('Бухгалтерия БЭК', 'buh@balt-fc.ru')
TB_BIK = '044525974'
TB_CORR = ids.ru_corr_account(TB_BIK, '30101810145250000974')
BSP_BIK = '044030790'
BSP_CORR = ids.ru_corr_account(BSP_BIK, '30101810900000000790')


@msg('attack', 37, 'ru', 'ifns-trebovanie-parol-zip-koi8r')
def a37(m):
    m.t = hamburg(2026, 10, 29, 8, 22, 50)
    m.frm = P('Межрайонная ИФНС России № 15 по Санкт-Петербургу', 'uved@nalog-uvedomlenie.ru')
    m.to = [native('ru_acc')]
    m.subject = 'Требование о представлении документов (информации) № 15-07/26184 от 28.10.2026'
    m.client = 'outlook_smtp'
    m.hdr_cs, m.hdr_enc = 'koi8-r', 'B'
    m.x_mailer = 'Microsoft Outlook 16.0'
    m.system = sy.exim_cpanel
    m.sys_kw['args'] = dict(server='server112.hosting.reg.ru', server_ip='37.140.192.112',
                            user_domain='nalog-uvedomlenie.ru', mode='auth', client_ip='146.70.199.34',
                            client_helo='DESKTOP-R8F1K2N', zone='msk')
    m.zip_password = '2610'
    m.notes.append('ZIP password 2610 (in the body); members are inert text placeholders')
    inert = ('Inert test placeholder for a Windows screensaver executable (.scr). No executable content is '
             'included.\r\n').encode('ascii')
    z = arch.make_zipcrypto([('Требование_15-07-26184.pdf.scr', inert),
                             ('Перечень_документов.pdf.scr', inert)], m.zip_password,
                            dates.local('msk', m.t - TD(hours=1)), m.rng)
    text = ('Уважаемый налогоплательщик!\n\n'
            'Межрайонная ИФНС России N 15 по Санкт-Петербургу в соответствии со статьей 93 Налогового кодекса '
            'Российской Федерации требует представить в течение 10 (десяти) рабочих дней со дня получения '
            'настоящего требования документы, перечисленные в приложении, в отношении ООО "ЭКЗАМПЛ ТЕРМИНАЛ" '
            '(ИНН %s, КПП 780501001).\n\n'
            'Требование и перечень документов направлены во вложении в защищенном архиве. Пароль для открытия '
            'архива: 2610\n\n'
            'За непредставление документов в установленный срок предусмотрена ответственность по статье 126 НК РФ, '
            'а также возможно приостановление операций по счетам.\n\n'
            'Начальник отдела выездных проверок\nМежрайонная ИФНС России N 15 по Санкт-Петербургу\n'
            'тел. +7 812 335 14 97' % C.INN_RU)
    m.phones = ['+7 812 335 14 97']
    m.body = mixed(R.outlook_alt(text, 'ru', 'koi8-r', 'quoted-printable', font='Times New Roman'),
                   attachment(z, 'application/x-zip-compressed', 'Trebovanie_15-07-26184.zip', 'outlook',
                              when=m.t - TD(hours=1)))
    m.what = ('Fake tax-office demand for documents (art. 93 Tax Code) in KOI8-R from nalog-uvedomlenie.ru on a '
              'shared host, with an encrypted ZIP (password in the body) holding two ".pdf.scr" files (inert '
              'placeholders).')
    m.why = ('Malware delivery: tax authority impersonation (real demands arrive through the company\'s EDI operator, '
             'see business/37), password-protected archive, double extension .pdf.scr, threat of blocked accounts.')


@msg('attack', 38, 'ru', 'pochtovyi-yashchik-perepolnen-mailru')
def a38(m):
    m.t = hamburg(2026, 11, 10, 7, 3, 16)
    m.frm = P('Служба поддержки почты Example Group', 'mailadmin.example-group@mail.ru')
    m.to = [native('ru_om')]
    m.subject = 'Ваш почтовый ящик заполнен на 98% – входящие письма будут отклоняться'
    m.client = 'mailru'
    m.system = sy.mailru
    link = ('https://owa-example-com.web.app/owa/auth/logon.aspx?replaceCurrent=1&url=https%3a%2f%2fmail.example.com'
            '%2fowa%2f&u=b2xnYS5zbWlybm92YUBleGFtcGxlLmNvbQ')
    html = ('<HTML><BODY><div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px">'
            '<table width="560" style="border:1px solid #d0d0d0"><tr><td style="background:#0072c6;color:#fff;'
            'padding:10px 16px;font-size:16px">Outlook Web App</td></tr><tr><td style="padding:16px">'
            '<p>Уважаемый пользователь olga.smirnova@example.com,</p>'
            '<p>Размер вашего почтового ящика составляет <b>4,91 ГБ</b> из 5 ГБ (98%). После превышения лимита '
            'отправка и получение писем будут заблокированы, а новые входящие письма — отклоняться.</p>'
            '<p>Чтобы бесплатно увеличить квоту до 50 ГБ, подтвердите свою учетную запись в течение 24 часов:</p>'
            '<p><a href="' + link.replace('&', '&amp;') + '" style="background:#0072c6;color:#fff;padding:8px 18px;'
            'text-decoration:none">Увеличить квоту</a></p>'
            '<p style="color:#666;font-size:12px">Это автоматическое сообщение системы Microsoft Exchange. '
            'Не отвечайте на него.</p></td></tr></table></div></BODY></HTML>\n')
    pt = ('Outlook Web App\n\nУважаемый пользователь olga.smirnova@example.com,\n\nРазмер вашего почтового ящика '
          'составляет 4,91 ГБ из 5 ГБ (98%%). Чтобы увеличить квоту до 50 ГБ, подтвердите учетную запись в течение '
          '24 часов: %s\n\nЭто автоматическое сообщение системы Microsoft Exchange.\n' % link)
    m.body = alt(text_leaf(pt, 'plain', 'utf-8', 'base64'), text_leaf(html, 'html', 'utf-8', 'base64'))
    m.what = ('Mailbox-quota warning imitating Outlook Web App, sent from a mail.ru free account; the button leads to '
              'an OWA login clone on web.app carrying the victim\'s address.')
    m.why = ('Webmail credential phishing: "system" message from a free-mail sender, quota-doubling bait and 24-hour '
             'deadline; Exchange\'s own quota warnings are internal and contain no link (business/39).')


@msg('attack', 39, 'ru', 'bek-vzlom-smena-rekvizitov-115fz-docx')
def a39(m):
    m.t = hamburg(2026, 11, 25, 13, 48, 5)
    m.frm = BUH
    m.to = [native('ru_acc')]
    m.subject = 'Срочно: изменение банковских реквизитов ООО «БЭК»'
    m.client = 'yandex'
    m.system = sy.yandex360
    new = ids.ru_account(TB_BIK, '40702810310000427158')
    m.ids.append(('р/с (fraudulent, АО «ТБанк»)', new, lambda: ids.ru_account_ok(TB_BIK, new)))
    m.ids.append(('к/с', TB_CORR, lambda: ids.ru_account_ok(TB_BIK, TB_CORR, corr=True)))
    text = ('Добрый день, Дмитрий!\n\n'
            'Сообщаем, что в связи с приостановлением операций по нашему счету в ПАО «Банк «Санкт-Петербург» '
            '(проверка по 115-ФЗ, ориентировочно до конца января) оплату по счетам № 1127 и № 1134 от 20.11.2026 '
            'просим произвести по новым реквизитам:\n\n'
            'Получатель: ООО «Балтийская экспедиторская компания»\n'
            'ИНН %s / КПП %s\n'
            'Р/с %s\n'
            'Банк: АО «ТБанк», г. Москва\n'
            'БИК %s, к/с %s\n\n'
            'Официальное письмо за подписью генерального директора во вложении. Оригинал передадим с водителем на '
            'следующей неделе, в Диадок загрузим после снятия ограничений.\n\n'
            'Оплату просим провести сегодня-завтра, иначе не сможем выставить машины под ваши контейнеры на '
            'следующей неделе.\n\n'
            'С уважением,\nГлавный бухгалтер\nООО «БЭК»' % (C.BF_INN, C.BF_KPP, new, TB_BIK, TB_CORR))
    docx = arch.make_docx([('b', 'ООО «Балтийская экспедиторская компания»'),
                           'ИНН %s, КПП %s' % (C.BF_INN, C.BF_KPP), '198096, Санкт-Петербург, ул. Калинина, д. 40',
                           '', 'Исх. № 214 от 25.11.2026', '', 'ООО «Экзампл Терминал»', '',
                           ('b', 'Письмо об изменении банковских реквизитов'),
                           'Настоящим уведомляем, что с 25.11.2026 расчеты с ООО «БЭК» производятся по следующим '
                           'реквизитам:',
                           'р/с %s в АО «ТБанк», БИК %s, к/с %s.' % (new, TB_BIK, TB_CORR),
                           'Оплата по прежним реквизитам невозможна.', '',
                           'Генеральный директор ________________ С. В. Лебедев'],
                          'Письмо о смене реквизитов', 'buh', dates.local('msk', m.t - TD(hours=1)))
    stq = D.st00012([('Name', 'ООО «Балтийская экспедиторская компания»'), ('PersonalAcc', new),
                     ('BankName', 'АО «ТБанк»'), ('BIC', TB_BIK), ('CorrespAcc', TB_CORR), ('PayeeINN', C.BF_INN),
                     ('KPP', C.BF_KPP), ('Sum', '48675000'),
                     ('Purpose', 'Оплата по счетам № 1127 и № 1134 от 20.11.2026, в т.ч. НДС')])
    m.qr.append(stq)
    qrpng = png.qr_png(__import__('eg.qr', fromlist=['encode']).encode(stq, 'M'), 4)
    text = text.replace('Официальное письмо', 'QR-код для оплаты (486 750,00 руб.) и официальное письмо')
    body = R.gmail_alt(text, 'ru', cte='base64')
    m.body = mixed(body, attachment(qrpng, 'image/png', 'QR_oplata_1127_1134.png', 'gmail'),
                   attachment(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                    'Письмо_о_смене_реквизитов.docx', 'thunderbird'))
    m.what = ('From the real, compromised Yandex 360 accounting mailbox of a forwarding customer: urgent change of bank '
              'details "because the account is frozen under anti-money-laundering law 115-FZ", new account at a '
              'Moscow bank, unsigned DOCX letter.')
    m.why = ('Vendor e-mail compromise: legitimate domain and DKIM, but a second change within weeks, EDI (Диадок) '
             'channel deliberately bypassed, urgency tied to operations; the genuine change was signed in Диадок and '
             'announced with a call-back (business/38).')


@msg('attack', 40, 'ru', 'sextortion-btc-spoof-cp1251-8bit')
def a40(m):
    m.t = hamburg(2026, 12, 9, 2, 14, 33)
    m.frm = P(None, 'olga.smirnova@example.com')
    m.to = [P(None, 'olga.smirnova@example.com')]
    m.subject = 'Ваш аккаунт взломан. Прочитайте внимательно.'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s%s@example.com>' % (rhex(mm.rng, 8, True), rhex(mm.rng, 8, True))
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.direct
    m.sys_kw['args'] = dict(helo='[187.191.47.210]', ip='187.191.47.210', rdns='customer-187-191-47-210.uninet-ide.com.mx',
                            spf='fail', tls=None, zone='utc')
    wallet = ids.btc_addr(m.rng)
    usdt = ids.tron_addr(m.rng)
    m.wallets = [wallet, usdt]
    text = ('Здравствуйте!\n\n'
            'Как вы могли заметить, я отправил это письмо с вашего собственного адреса. Это значит, что у меня '
            'полный доступ к вашему устройству.\n\n'
            'Несколько месяцев назад ваш компьютер был заражен моей вредоносной программой, когда вы посещали сайт '
            'для взрослых. С тех пор я записываю всё, что вы делаете: у меня есть видео с вашей камеры и экрана, а '
            'также все ваши контакты, переписка и пароли.\n\n'
            'Если в течение 48 часов вы не переведете 1200 USD в биткоинах на мой кошелек, я отправлю это видео всем '
            'вашим коллегам и родственникам.\n\n'
            'Мой BTC-кошелек: %s\n'
            'Можно также оплатить в USDT (сеть TRC20): %s\n\n'
            'Как купить биткоин, вы найдете в любом поисковике. Не пытайтесь отвечать на это письмо и не обращайтесь '
            'в полицию — я сразу узнаю об этом. Таймер уже запущен.\n' % (wallet, usdt))
    m.body = text_leaf(text, 'plain', 'windows-1251', '8bit')
    m.what = ('Russian sextortion mail "from" the victim\'s own address, sent at 02:14 directly by a compromised '
              'residential host in Mexico without TLS, demanding 1200 USD in Bitcoin or USDT-TRC20 (valid bech32 and base58check addresses).')
    m.why = ('Extortion spam: forged own address (SPF fail, DMARC fail for example.com with p=reject), generic claims, '
             'crypto wallet, 48-hour deadline; windows-1251 8bit body.')


# ============================================================== business

@msg('business', 37, 'ru', 'kontur-extern-trebovanie-polucheno')
def b37(m):
    m.t = hamburg(2026, 10, 29, 11, 7, 44)
    m.frm = P('Контур.Экстерн', 'extern-noreply@kontur.ru')
    m.to = [native('ru_acc')]
    m.subject = 'Получено требование из ИФНС № 15 по г. Санкт-Петербургу — ООО «Экзампл Терминал»'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@mail.kontur.ru>' % ruuid(mm.rng)
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mx-out12.kontur.ru', ip='46.17.200.112', env_from='bounce@mail.kontur.ru',
        dkims=[('kontur.ru', 'mail', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
        trace=[('Received', 'from notifier-4.kontur.host (notifier-4.kontur.host [10.34.12.44])\n\tby mx-out12.kontur.ru '
                            '(Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}')], date_zone='msk')
    link = 'https://extern.kontur.ru/ft/inbox?orgId=%s' % ruuid(m.rng)
    paras = ['Здравствуйте!',
             'В Контур.Экстерн поступило требование из **ИФНС № 15 по г. Санкт-Петербургу** для организации '
             '**ООО «Экзампл Терминал»** (ИНН %s, КПП 780501001).' % C.INN_RU,
             'Тип документа: Требование о представлении пояснений (ст. 88 НК РФ)\nОснование: декларация по НДС за '
             '3 квартал 2026 г.\nДата поступления: 29.10.2026',
             'Квитанцию о приеме требования нужно отправить в течение 6 рабочих дней, ответ — в течение 5 рабочих '
             'дней после отправки квитанции. Документ можно открыть только в Контур.Экстерн.']
    footer = ('АО «ПФ «СКБ Контур» · Техподдержка 8 800 500-05-08\nВы получили это письмо, потому что подписаны на '
              'уведомления о документах из ФНС.')
    m.phones = ['8 800 500-05-08']
    m.body = R.notice_alt('Получено требование из ФНС', paras, ('Открыть в Контур.Экстерн', link), 'Контур.Экстерн',
                          '#1f87ef', footer, 'ru', 'utf-8', 'quoted-printable', link_style='colon')
    m.what = ('Notification from the company\'s tax-reporting EDI operator (Контур.Экстерн) that a request for '
              'explanations on the Q3 VAT return has arrived; link to extern.kontur.ru.')
    m.why = ('Genuine: the operator through which the company legally receives tax documents, kontur.ru DKIM/DMARC, '
             'no attachment, document viewable only in the authenticated service.')
    m.pair = [(37, 'Tax-office demand (Russia)',
               'Real demands arrive in the EDI operator (notification with a kontur.ru link); the attack sends a '
               'password ZIP with .pdf.scr from a look-alike domain.')]


@msg('business', 38, 'ru', 'bek-uvedomlenie-smena-rekvizitov-diadok')
def b38(m):
    m.t = hamburg(2026, 10, 12, 12, 26, 31)
    m.frm = KUZN
    m.to = [native('ru_acc')]
    m.cc = [native('ru_om')]
    m.subject = 'Смена банка с 01.11.2026 — письмо в Диадоке, просим подтвердить по телефону'
    m.client = 'yandex'
    m.system = sy.yandex360
    new = ids.ru_account(BSP_BIK, '40702810490550031246')
    m.ids.append(('р/с (new genuine, Банк «Санкт-Петербург»)', new, lambda: ids.ru_account_ok(BSP_BIK, new)))
    m.ids.append(('р/с (old genuine, Сбербанк)', C.BF_ACC, lambda: ids.ru_account_ok(C.BF_BIK, C.BF_ACC)))
    text = ('Дмитрий, добрый день!\n\n'
            'Предупреждаем заранее: с 01.11.2026 ООО «БЭК» переходит на обслуживание в ПАО «Банк «Санкт-Петербург». '
            'Официальное письмо об изменении реквизитов, подписанное КЭП генерального директора, сегодня направлено '
            'вам через Диадок (исх. № 187 от 12.10.2026).\n\n'
            'Новые реквизиты (действуют с 01.11.2026):\n'
            'Р/с %s\nПАО «Банк «Санкт-Петербург», БИК %s, к/с %s\n\n'
            'Старый счет в Сбербанке (р/с %s) работает до 31.12.2026, платежи по нему будут зачислены.\n\n'
            'Просим перед внесением изменений подтвердить их звонком нашему главному бухгалтеру Ирине Викторовне по '
            'номеру из договора: +7 812 643 20 18. По электронной почте реквизиты мы менять не будем.\n\n'
            'С уважением,\nАндрей Кузнецов\nруководитель отдела логистики\nООО «Балтийская экспедиторская компания»\n'
            'тел. +7 812 643 20 25, моб. +7 921 408 36 51' % (new, BSP_BIK, BSP_CORR, C.BF_ACC))
    m.phones = ['+7 812 643 20 18', '+7 812 643 20 25', '+7 921 408 36 51']
    m.body = R.gmail_alt(text, 'ru', cte='base64')
    m.what = ('The forwarding customer announces a bank change three weeks ahead, with the formal letter signed by '
              'qualified e-signature in the Диадок EDI system and a call-back to the contract phone number.')
    m.why = ('Genuine: formal channel (Диадок, КЭП), overlap period for the old Sberbank account, call-back '
             'verification requested, sent by the known logistics contact on the company\'s Yandex 360 domain.')
    m.pair = [(39, 'Customer bank-detail change (Russia)',
               'Genuine change signed in Диадок with overlap and call-back; the attack from the hijacked buh@ mailbox '
               'demands immediate payment to another bank, bypassing Диадок.')]


@msg('business', 39, 'ru', 'exchange-kvota-pochtovogo-yashchika')
def b39(m):
    m.t = hamburg(2026, 11, 9, 3, 0, 12)
    m.frm = P('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com')
    m.to = [native('ru_om')]
    m.subject = 'Ваш почтовый ящик почти заполнен.'
    m.client = 'outlook_onprem'
    m.system = sy.exchange_internal
    m.sys_kw['args'] = dict(mbx='EXCH01', hub='EXCH02', client_ip='10.20.0.31')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>body{font-family:'
            'Segoe UI,Tahoma,sans-serif;font-size:14px}</style></head><body>\n'
            '<p><b>Ваш почтовый ящик почти заполнен.</b></p>\n'
            '<p>Размер почтового ящика: 1,93 ГБ. Предупреждение выдается при размере 1,9 ГБ; при достижении 2 ГБ вы '
            'не сможете отправлять сообщения.</p>\n'
            '<p>Чтобы освободить место, удалите ненужные элементы и очистите папку «Удаленные». Можно также перенести '
            'старые элементы в архив: в Outlook выберите «Файл» &gt; «Средства» &gt; «Очистка почтового ящика».</p>\n'
            '<p>Если вам нужен больший объем, обратитесь в службу ИТ через портал поддержки.</p>\n</body></html>\n')
    m.body = text_leaf(html, 'html', 'utf-8', 'base64')
    m.what = ('Exchange 2019 system message (Microsoft Outlook system mailbox) warning that the mailbox reached the '
              '1.9 GB warning quota; generated internally at 03:00 and relayed through mail-int01.')
    m.why = ('Genuine: internal Exchange path, standard localized quota text, advises cleanup in Outlook, no link or '
             'login request.')
    m.pair = [(38, 'Mailbox quota warning',
               'Exchange\'s own quota warning has no link; the attack from mail.ru links to an OWA clone to "raise the '
               'quota".')]


@msg('business', 40, 'ru', 'rassylka-baltiyskie-porty-unisender')
def b40(m):
    m.t = hamburg(2026, 12, 16, 9, 30, 7)
    m.frm = P('Балтийские порты — дайджест', 'digest@baltports-news.ru')
    m.to = [native('ru_om')]
    m.subject = 'Дайджест №50: грузооборот портов Балтики за 11 месяцев, новые правила захода судов'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s.%d@unisender.com>' % (rhex(mm.rng, 20), mm.rng.randrange(10 ** 8, 10 ** 9))
    m.sys_kw['bstyle'] = 'rc'
    m.system = sy.platform
    unsub = 'https://go2.unisender.ru/ru/unsubscribe?hash=%s&email_id=%d' % (rhex(m.rng, 40), m.rng.randrange(10 ** 8, 10 ** 9))
    m.sys_kw['args'] = dict(
        helo='smtp37.unisender.com', ip='185.113.232.37', env_from='bounce-%d@bounces.unisender.com' % m.rng.randrange(10 ** 6, 10 ** 7),
        dkims=[('baltports-news.ru', 'us', 'From:To:Subject:Date:Message-ID:List-Unsubscribe'),
               ('unisender.com', 'us2', 'From:To:Subject:Date:Message-ID')],
        tail=[('List-Unsubscribe', '<%s>' % unsub), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
              ('Precedence', 'bulk'), ('X-Mailer', 'UniSender')], date_zone='msk')
    m.auth_override = {'spf': 'pass'}

    def lnk(n):
        return 'https://go2.unisender.ru/ru/transfer/link?hash=%s' % rhex(m.rng, 32)
    paras = ['Добрый день! В выпуске:',
             '**Грузооборот портов Балтийского бассейна** за январь–ноябрь 2026 года снизился на 2,4 %%, контейнерный '
             'сегмент вырос на 6,1 %%. [[Читать|%s]]' % lnk(1),
             '**Новые обязательные постановления** по морскому порту Большой порт Санкт-Петербург вступают в силу с '
             '1 февраля 2027 года. [[Читать|%s]]' % lnk(2),
             '**Интервью** с директором по развитию терминала в Усть-Луге о ледовом сезоне. [[Читать|%s]]' % lnk(3)]
    footer = ('Вы получили это письмо, так как подписались на дайджест на сайте baltports-news.ru.\n'
              '[[Отписаться от рассылки|%s]]' % unsub)
    m.hdr_cs, m.hdr_enc = 'windows-1251', 'B'
    m.body = R.notice_alt('Балтийские порты — дайджест №50', paras, None, 'БАЛТИЙСКИЕ ПОРТЫ', '#0a4d8c', footer, 'ru',
                          'windows-1251', 'quoted-printable', link_style='colon')
    m.what = ('Weekly Russian maritime trade digest sent through UniSender with the publisher\'s DKIM, tracked links and '
              'one-click unsubscribe.')
    m.why = ('Genuine bulk mail the office manager subscribed to; editorial content, consistent ESP headers, no request '
             'for action.')
