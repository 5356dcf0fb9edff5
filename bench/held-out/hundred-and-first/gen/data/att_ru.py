# -*- coding: utf-8 -*-
from data.common import *


# ----------------------------------------------------------------- 37 -------
@message('attack', 37, 'ru', 'customs-broker-lookalike-new-requisites',
         what='Payment diversion: a Yandex address one character away from the Moscow office\'s customs broker ("irina.morozova.broker1" instead of "irina.morozova.broker") asks to pay customs advances and broker fees (1,846,300 RUB) for a cheese declaration to "new requisites" at another bank by tomorrow noon.',
         why='Look-alike freemail address, bank change announced in the same breath as an urgent payment, no invoice attached ("writing from my phone at the customs post"), threat of warehouse storage costs. The requisites are formally valid (INN and account control keys) but differ from the broker\'s known PSB account (business/37).')
def a37():
    rn, ra = S('ru_acc')
    c = ctx('a37', '2026-12-02 15:37:12', 'MSK', ra)
    frm = 'irina.morozova.broker1@yandex.ru'
    inf = yandex(c, client_ip='176.59.41.208')
    text = """Ольга, добрый день!

По декларации на товары 10129060/011226/3187442 (сыры твёрдые, 2 рефконтейнера) необходимо до завтра, до 12:00, пополнить авансовые платежи для выпуска и оплатить наши услуги по счёту № 412 - итого 1 846 300,00 руб.

Обратите внимание: с 1 декабря мы обслуживаемся в другом банке, старый счёт в Промсвязьбанке закрыт, платежи на него возвращаются. Новые реквизиты:

ООО «ТП Вектор»
ИНН %s / КПП 770101001
р/с %s
АО «ТБанк»
БИК %s
к/с %s

Счёт пришлю чуть позже, сейчас на посту, пишу с телефона. Пожалуйста, пришлите платёжку сразу после оплаты, иначе партия встанет на СВХ и пойдёт хранение.

С уважением,
Ирина Морозова
таможенный представитель
""" % (RU_FAKE_INN, RU_FAKE_ACC, RU_FAKE_BIK, RU_FAKE_KS)
    html = '<div>%s</div>\n' % '</div><div>'.join(mime.esc(l) if l else '&nbsp;' for l in text.split('\n'))
    body = Multi('alternative', [Text(text, charset='utf-8', cte='base64'), Text(html, 'html', 'utf-8', 'base64')],
                 '%s%d' % (c.digits(4), c.r.randint(10 ** 6, 10 ** 7)), sep='; ')
    hs = [('From', addr('Ирина Морозова', frm, 'utf-8', 'B')),
          ('To', addr('Ольга Васильева', ra, 'utf-8', 'B')),
          ('Subject', htext('Оплата по ДТ 10129060/011226/3187442 - новые реквизиты', 'utf-8', 'B')),
          ('MIME-Version', '1.0'),
          ('Date', rfc(c.t, 'MSK')),
          ('Message-Id', inf.msgid)]
    return assemble(c, inf, hs, body, frm, mime_pos=4)


# ----------------------------------------------------------------- 38 -------
@message('attack', 38, 'ru', 'fake-fns-demand-password-zip',
         what='Fake tax demand: "ФНС России / Межрайонная ИФНС № 46" requests explanations on the Q3 VAT return within five working days and threatens to freeze bank accounts; the "demand" is a password-protected ZIP (ZipCrypto, password 4471) containing a .pdf.scr file.',
         why='FNS sends demands through the electronic reporting channel (TKS via an EDO operator), not by e-mail from fns-nalog.ru; encrypted archive with password in the text defeats scanning; screensaver executable with a double extension (inert placeholder); threat of account suspension under art. 76. Genuine internal note about a real FNS demand: business/40.',
         att_note='ZIP encrypted with ZipCrypto, password "4471"; contains a UTF-8-named `Требование_о_представлении_пояснений_14-29-4471.pdf.scr` (one-line inert placeholder)')
def a38():
    rn, ra = S('ru_acc')
    c = ctx('a38', '2026-11-12 10:05:41', 'MSK', ra)
    frm = 'uvedomlenie@fns-nalog.ru'
    inf = direct(c, 'mail.fns-nalog.ru', '5-63-153-47.cloudvps.regruhosting.ru', '5.63.153.47', msgid_style='python',
                 domain='fns-nalog.ru', zone='MSK', tls='1.2')
    z = make_zip([('Требование_о_представлении_пояснений_14-29-4471.pdf.scr', PLACEHOLDER, (2026, 11, 12, 9, 58, 10))],
                 password='4471', seed='a38zip')
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 46 по г. Москве в ходе камеральной налоговой проверки декларации по налогу на добавленную стоимость за 3 квартал 2026 г. выявила противоречия между сведениями, содержащимися в декларации, и сведениями, имеющимися у налогового органа.

В соответствии с п. 3 ст. 88 Налогового кодекса РФ Вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в налоговую декларацию.

Требование N 14-29/4471 и перечень расхождений прилагаются в защищённом архиве.
Пароль для открытия архива: 4471

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ, а также может повлечь приостановление операций по счетам налогоплательщика (п. 3 ст. 76 НК РФ).

Межрайонная ИФНС России N 46 по г. Москве
"""
    body = Multi('mixed', [Text(text, charset='koi8-r', cte='8bit'),
                           Bin(z, 'application/zip', 'Trebovanie_14-29-4471.zip', sep='; ')], py_boundary(c))
    hs = [('Subject', htext('Требование о представлении пояснений (ст. 88 НК РФ) N 14-29/4471', 'koi8-r', 'B')),
          ('From', addr('ФНС России', frm, 'koi8-r', 'B')),
          ('To', ra),
          ('Date', rfc(c.t, 'MSK')),
          ('Message-ID', inf.msgid)]
    return assemble(c, inf, hs, body, frm, mime_pos=0)


# ----------------------------------------------------------------- 39 -------
@message('attack', 39, 'ru', 'vetis-mercury-account-phish',
         what='Trade-specific regulator phish: "ФГИС «Меркурий» / Россельхознадзор" says that issuing veterinary accompanying documents (VSD) for the Moscow warehouse will be suspended unless the VetIS account is "re-identified" by 30.11.2026; link to a fake Vetis.Passport login.',
         why='Dairy products in Russia cannot ship without electronic VSD in Mercury, so the threat is very effective; the real system is on vetrf.ru, this mail comes from vetis-mercury.ru on a rented VPS and links to vetis-passport.vetrf-ru.com (look-alike); credential harvesting. The distributor\'s genuine claim about VSD mismatches: business/39.')
def a39():
    rn, ra = S('ru_mgr')
    c = ctx('a39', '2026-11-20 09:14:28', 'MSK', ra)
    frm = 'noreply@vetis-mercury.ru'
    inf = direct(c, 'mail.vetis-mercury.ru', 'vds2231478.hosted-by-itldc.com', '45.136.199.78', msgid_style='phpmailer',
                 domain='vetis-mercury.ru', zone='MSK')
    url = 'https://vetis-passport.vetrf-ru.com/idp/login?service=mercury&guid=%s' % c.uuid()
    text = """ФГИС «Меркурий»

Уважаемый пользователь!

В рамках перехода на новую версию системы ВетИС (Ветис.Паспорт 2.0) учётные записи, не прошедшие повторную идентификацию, с 01.12.2026 блокируются.

Для поднадзорного объекта ООО «Экзампл Груп Рус» (склад, г. Москва, ул. Складочная, д. 1, стр. 18) оформление ветеринарных сопроводительных документов будет приостановлено.

Чтобы избежать остановки отгрузок, подтвердите учётную запись до 30.11.2026:
%s

Служба технической поддержки ВетИС
Россельхознадзор
""" % url
    paras = [mime.esc(p).replace('\n', '<br>') for p in text.split('\n\n')[1:4]]
    html = brand_html('Требуется подтверждение учётной записи', paras, 'Подтвердить учётную запись', url,
                      'Служба технической поддержки ВетИС · Россельхознадзор', color='#2b6cb0', logo_text='ФГИС «Меркурий»',
                      lang='ru', charset='windows-1251', font='Arial, sans-serif')
    body = Multi('alternative', [Text(text, charset='windows-1251', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'windows-1251', 'quoted-printable', quoted=False)], php_boundary(c))
    hs = [('Date', rfc(c.t, 'MSK')),
          ('To', ra),
          ('From', addr('ФГИС «Меркурий»', frm, 'windows-1251', 'B')),
          ('Subject', htext('Меркурий: приостановлено оформление ВСД - требуется подтверждение учётной записи', 'windows-1251', 'B')),
          ('Message-ID', inf.msgid),
          ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 40 -------
@message('attack', 40, 'ru', 'edo-diadoc-document-phish',
         what='E-document (EDO) phish: "Контур.Диадок" reports an incoming UPD (universal transfer document) from the customer SyrTorg that must be signed by 30.11.2026, otherwise it is "deemed rejected"; link to a fake Kontur login; sent through Amazon SES.',
         why='Diadoc notifications come from Kontur\'s own domains (diadoc.ru/kontur.ru); diadoc-kontur.ru is a look-alike and the link host diadoc.kontur.ru.docs-view.com is an attacker domain made to start like the real one; deadline pressure; bulk ESP.')
def a40():
    rn, ra = S('ru_acc')
    c = ctx('a40', '2026-11-27 16:48:03', 'MSK', ra)
    inf = ses(c, 'eu-west-1')
    frm = 'noreply@diadoc-kontur.ru'
    url = 'https://diadoc.kontur.ru.docs-view.com/%s/Document/Show?letterId=%s' % (c.uuid(), c.uuid())
    text = """Здравствуйте!

В ящик ООО "Экзампл Груп Рус" в Диадоке поступил документ, требующий подписи:

Отправитель: ООО "СырТорг"
Документ: УПД N 1182 от 26.11.2026 (корректировка цены, партия сыров)
Сумма: 486 210,40 руб.
Срок подписания: до 30.11.2026

Посмотреть и подписать документ:
%s

Если документ не будет подписан до указанного срока, он будет считаться отклонённым.

С уважением,
команда Контур.Диадок
""" % url
    paras = [mime.esc(p).replace('\n', '<br>') for p in text.split('\n\n')[1:3]]
    html = brand_html('Вам поступил документ', paras, 'Перейти к документу', url,
                      'АО «ПФ «СКБ Контур» · Это автоматическое уведомление, отвечать на него не нужно.',
                      color='#1f87ef', logo_text='Контур.Диадок', lang='ru', charset='koi8-r', font='Arial, sans-serif',
                      after_button=[mime.esc(text.split('\n\n')[4])])
    body = Multi('alternative', [Text(text, charset='koi8-r', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'koi8-r', 'quoted-printable', quoted=False)], inf.boundary())
    hs = [('From', addr('Контур.Диадок', frm, 'koi8-r', 'B')),
          ('To', ra),
          ('Subject', htext('Вам поступил документ от ООО "СырТорг": УПД N 1182 - требуется подпись', 'koi8-r', 'B')),
          ('MIME-Version', '1.0'),
          ('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'UTC'))]
    return assemble(c, inf, hs, body, inf.msgid[1:-1], mime_pos=4)
