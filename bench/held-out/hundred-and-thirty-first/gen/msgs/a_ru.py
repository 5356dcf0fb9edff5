# -*- coding: utf-8 -*-
"""attack/ 37-40 (Russian)."""
from .common import *


# ---------------------------------------------------------------------------------------------- 37
@msg('attack', '37-ru-labsnab-lookalike-smena-rekvizitov')
def _(m):
    m.when = ('2026-11-11 11:46:20', 'RU')
    m.frm = ('Дмитрий Соколов', 'd.sokolov@lab-snab.ru')
    m.to = [P('olga.ivanova')]
    m.subject = 'Изменение банковских реквизитов ООО «ЛабСнаб»'
    m.system = EximCpanel(host='srv14.rus-hosting.net', ip='203.0.113.214', domain='lab-snab.ru', zone='RU',
                          client_ip='198.51.100.144', client_helo='192.168.0.103', ua='The Bat! (v11.4.3) Professional')
    m.hdr_charset = 'windows-1251'
    m.hdr_enc = 'B'
    m.msgid = '<%d.%s@lab-snab.ru>' % (m.rng.randint(10 ** 8, 10 ** 9), '20261111114620')
    m.extra = [('X-Priority', '3 (Normal)'), ('Reply-To', 'Дмитрий Соколов <d.sokolov@lab-snab.ru>'.encode('utf-8') and
                                                    mime.addr('Дмитрий Соколов', 'd.sokolov@lab-snab.ru', 'windows-1251'))]
    bik, corr = '044525974', '30101810145250000974'
    acct = U.ru_account(bik, '40702810010000918273')
    m.fact('account', acct, 'р/с in АО «ТБанк» (not ЛабСнаб\'s)')
    m.fact('id', bik, 'БИК')
    text = ('Добрый день, Ольга!\n\n'
            'Уведомляем Вас об изменении банковских реквизитов ООО «ЛабСнаб». В связи с переходом на обслуживание в '
            'другой банк просим с 16.11.2026 производить оплату по счетам только по следующим реквизитам:\n\n'
            'Получатель: ООО «ЛабСнаб»\n'
            'ИНН %s / КПП %s\n'
            'Р/с %s\n'
            'Банк: АО «ТБанк», г. Москва\n'
            'БИК %s\n'
            'К/с %s\n\n'
            'Счёт в ПАО Сбербанк будет закрыт, платежи на старые реквизиты будут возвращены. Официальное письмо с '
            'подписью генерального директора и печатью во вложении. Просим также оплатить по новым реквизитам счёт '
            '№ 2187 от 02.11.2026 на сумму 184 360,00 руб. (в т.ч. НДС 22%%).\n\n'
            'Прошу подтвердить получение письма.\n\n'
            '--\nС уважением,\nДмитрий Соколов\nменеджер отдела продаж\nООО «ЛабСнаб»\n') % (
        LABSNAB['inn'], LABSNAB['kpp'], acct, bik, corr)
    pdf = letter_pdf(m, 'ЛабСнаб', ['ООО «ЛабСнаб» · 197022, г. Санкт-Петербург, ул. Профессора Попова, д. 23, лит. В',
                                    'ИНН %s · КПП %s' % (LABSNAB['inn'], LABSNAB['kpp'])],
                     ['Генеральному директору', 'ООО «Экзампл Груп Диагностика»'], 'Исх. № 412 от 10.11.2026',
                     'Об изменении банковских реквизитов',
                     ['Настоящим сообщаем, что с 16.11.2026 изменились банковские реквизиты ООО «ЛабСнаб». Просим '
                      'производить все платежи по следующим реквизитам:',
                      '**Р/с %s в АО «ТБанк», БИК %s, к/с %s' % (acct, bik, corr),
                      'Платежи, поступившие на прежний расчётный счёт после указанной даты, будут возвращены '
                      'отправителю.'],
                     sign=['', 'Генеральный директор ________ А. В. Кузнецов', 'М.П.'],
                     producer='Microsoft® Word 2016', creator='Microsoft® Word 2016', author='Sokolov',
                     color=(0.1, 0.45, 0.35))
    m.root = mixed(m.rng, 'thebat', [text_part(text, 'plain', 'windows-1251', '8bit'),
                                     attachment(pdf, 'application/pdf', 'Письмо_смена_реквизитов.pdf', style='rfc2047',
                                                charset='windows-1251')])
    m.what = 'Supplier bank-detail change from a look-alike of ЛабСнаб (lab-snab.ru instead of labsnab.ru), letter PDF attached.'
    m.why = ('Hyphenated look-alike domain on shared hosting instead of the supplier\'s Yandex 360; new bank with immediate '
             'effect, old account "will be closed", asks to pay a pending invoice to the new account; the genuine '
             'ЛабСнаб invoice (business/37) carries the Sberbank account and a QR.')


# ---------------------------------------------------------------------------------------------- 38
@msg('attack', '38-ru-fns-trebovanie-zip-parol')
def _(m):
    m.when = ('2026-10-29 10:02:57', 'RU')
    m.frm = ('Межрайонная ИФНС России N 15 по Санкт-Петербургу', 'info@stroykomplekt-spb.ru')
    m.to = [P('olga.ivanova')]
    m.subject = 'Требование о представлении документов (информации) N 15-07/48213'
    m.system = PostfixRelay(host='mail.stroykomplekt-spb.ru', ip='203.0.113.38', domain='stroykomplekt-spb.ru', zone='RU',
                            client='Outlook', ua='Microsoft Outlook 15.0', lan_ip='10.0.0.57', lan_host='buh2.stroykomplekt.local',
                            dkim_sel='mail', content_language='ru')
    m.hdr_charset = 'koi8-r'
    m.hdr_enc = 'B'
    pw = '4821'
    m.fact('password', pw)
    text = ('Уважаемый налогоплательщик!\n\n'
            'В соответствии со статьёй 93.1 Налогового кодекса Российской Федерации в рамках мероприятий налогового '
            'контроля Вам направлено требование о представлении документов (информации) N 15-07/48213 от 28.10.2026 '
            'в отношении ООО "Экзампл Груп Диагностика" (ИНН %s).\n\n'
            'Документы необходимо представить в течение 5 (пяти) рабочих дней со дня получения требования. '
            'Непредставление документов влечёт ответственность по статье 126 НК РФ.\n\n'
            'Текст требования во вложении. Архив защищён паролем: %s\n\n'
            'Межрайонная ИФНС России N 15 по Санкт-Петербургу\n') % (ENT['RU']['ids'][0][1], pw)
    ph = ('INERT PLACEHOLDER: stands for a Windows screensaver executable (.scr) disguised as a PDF. In the real campaign '
          'it installs a remote-access trojan. No executable content is included.\r\n').encode('utf-8')
    z = make_zip([('Требование_№15-07-48213_от_28.10.2026.pdf.scr', ph, zdt(m, 15))], password=pw, rng=m.rng)
    m.root = mixed(m.rng, 'outlook-smtp', [text_part(text, 'plain', 'koi8-r', '8bit'),
                                           attachment(z, 'application/x-zip-compressed', 'Требование_15-07-48213.zip',
                                                      style='rfc2047', charset='koi8-r')], n=0)
    m.what = 'Fake tax-office demand (ФНС требование) with a password-protected ZIP containing a .pdf.scr executable placeholder.'
    m.why = ('Sent from a compromised construction company\'s mail server with the tax office as display name; ФНС sends '
             'требования via the TKS/EDO operator, never as password ZIPs by e-mail; password in the body to evade '
             'scanning; .pdf.scr double extension.')


# ---------------------------------------------------------------------------------------------- 39
@msg('attack', '39-ru-sberbusiness-sertifikat-phishing')
def _(m):
    m.when = ('2026-11-25 07:35:42', 'RU')
    m.frm = ('СберБизнес', 'noreply@sbbol-info.ru')
    m.to = [P('olga.ivanova')]
    m.subject = 'СберБизнес: срок действия сертификата электронной подписи истекает 30.11.2026'
    m.system = WebHostPHP(host='kanctovary-spb.ru', ip='198.51.100.39', uid=1000, zone='RU', phpmailer=False,
                          env='bitrix@kanctovary-spb.ru', msgid_dom='kanctovary-spb.ru', spf='pass')
    m.extra = [('X-PHP-Originating-Script', '1000:mail.php'), ('X-Bitrix-Posting', '48213')]
    link = 'https://sbbol-info.ru/cert/prolong?client=7801629347&token=Y2VydC0yMDI2LTExLTMwLW9sZ2EuaXZhbm92YQ'
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f22">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#21a038;color:#fff;padding:14px 20px;'
            'font-size:18px">СберБизнес</td></tr><tr><td style="padding:20px">'
            '<p>Здравствуйте, Ольга Викторовна!</p>'
            '<p>Срок действия сертификата ключа электронной подписи для входа и подписания документов в СберБизнес '
            'истекает <b>30.11.2026</b>.</p>'
            '<p>Чтобы избежать блокировки платежей организации ООО «Экзампл Груп Диагностика», перевыпустите '
            'сертификат онлайн — это займёт не более 5 минут:</p>'
            '<p><a href="%s" style="background:#21a038;color:#fff;padding:10px 22px;text-decoration:none;border-radius:6px">'
            'Перевыпустить сертификат</a></p>'
            '<p style="font-size:12px;color:#7d838a">ПАО Сбербанк. Генеральная лицензия Банка России № 1481. '
            'Письмо сформировано автоматически, не отвечайте на него.</p></td></tr></table></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'phpmailer', charset='UTF-8', cte='base64')
    m.what = 'Bank phishing: fake СберБизнес certificate-expiry notice sent from a hacked 1C-Bitrix web shop.'
    m.why = ('sbbol-info.ru is not sberbank.ru; delivered by PHP mail() from a compromised online shop (envelope '
             'bitrix@kanctovary-spb.ru); blocking threat with a deadline; certificate renewal in СберБизнес happens '
             'inside the authenticated system.')


# ---------------------------------------------------------------------------------------------- 40
@msg('attack', '40-ru-nasledstvo-predoplata')
def _(m):
    m.when = ('2026-12-14 19:58:31', 'RU')
    m.frm = ('Адвокат Виктор Семёнов', 'v.semenov.advokat@mail.ru')
    m.to = [P('anna.smirnova')]
    m.subject = 'Конфиденциально: наследственное дело № 1187/2026'
    m.system = MailRu()
    text = ('Уважаемая Анна!\n\n'
            'Прошу прощения за беспокойство. Меня зовут Виктор Семёнов, я адвокат Московской коллегии адвокатов и '
            'представляю интересы покойного клиента, гражданина Латвии Игоря Смирнова, который погиб в '
            'автокатастрофе, не оставив завещания и наследников.\n\n'
            'На его счёте в банке в Риге находится 4 750 000 евро. Если в течение установленного срока наследники '
            'не объявятся, средства перейдут государству. Поскольку Вы носите ту же фамилию, я предлагаю '
            'оформить Вас как наследника. Все документы я подготовлю законно, риск для Вас отсутствует.\n\n'
            'Средства будут разделены: 50%% Вам, 40%% мне, 10%% на расходы по оформлению.\n\n'
            'Если Вы согласны, ответьте мне на этот адрес и укажите Ваше полное имя, номер телефона и адрес. '
            'Прошу сохранять конфиденциальность.\n\n'
            'С уважением,\nВиктор Семёнов\nадвокат\nтел. +7 915 402 77 18\n')
    m.fact('phone', '+7 915 402 77 18')
    m.root = text_part(text, 'plain', 'utf-8', 'base64')
    m.what = 'Advance-fee fraud: "lawyer" offers an unclaimed inheritance to a namesake; later asks for fees.'
    m.why = ('Free-mail sender, no relationship, too-good-to-be-true inheritance shared with a "namesake", asks for '
             'personal data and secrecy; the fees come in the next messages.')
