-- Seed data: the eight occupations of the five source pages in db/source-pages/,
-- with every figure and text those pages give. "-" on a page is NULL here.
-- SourcePagesSeedTest proves that these rows, formatted as the pages write them,
-- reproduce every table row of every page.

INSERT INTO category (name, slug) VALUES ('Office and administrative', 'office-and-administrative');

INSERT INTO demographic_group (id, dimension, name, position) VALUES
    (1, 'GENDER', 'Male', 1),
    (2, 'GENDER', 'Female', 2),
    (11, 'RACE', 'Black or African American', 1),
    (12, 'RACE', 'Unknown', 2),
    (13, 'RACE', 'Hispanic or Latino', 3),
    (14, 'RACE', 'Asian', 4),
    (15, 'RACE', 'White', 5),
    (16, 'RACE', 'American Indian and Alaska Native', 6);

INSERT INTO company (name, about) VALUES
    ('Accenture', NULL),
    ('InfosysPublicService', NULL),
    ('University of California, Berkeley', NULL),
    ('Amkor Technology', 'Amkor Technology is a strategically located company with a diversified working environment. Employees mention free lunches, transportation, and lodging, and the management is good at recognizing key talents.'),
    ('Uline', NULL),
    ('American Express', NULL),
    ('Kent Daniels & Associates', NULL),
    ('Microsoft', NULL);

INSERT INTO occupation (title, slug, category_id, description, months_to_become_min, months_to_become_max,
                        yearly_salary, salary_range_low, salary_range_high, growth_rate_pct, job_openings,
                        job_satisfaction, years_of_experience, highest_paying_city, highest_paying_state,
                        best_paying_company_id, best_paying_industry, most_common_degree, most_common_degree_pct,
                        most_common_major, most_common_college, average_age, lgbt_pct)
SELECT v.title, v.slug, c.id, v.description, 6, 12,
       v.yearly_salary, v.salary_range_low, v.salary_range_high, v.growth_rate_pct, v.job_openings,
       v.job_satisfaction, 12, v.city, v.state,
       co.id, v.industry, 'Bachelor''s Degree', v.degree_pct,
       'Business', NULL, 46, v.lgbt_pct
FROM (VALUES
    ('Loss Mitigation Specialist', 'loss-mitigation-specialist',
     'A loss mitigation specialist is responsible for evaluating outstanding debts, assisting the mortgage owner on minimizing losses by reviewing potential risks before settling a mutual agreement for the debtor and the bank. Loss mitigation specialists analyze financial documents and account statements, determining the property value, and assess the debtor''s credit ratings. They also negotiate on payment plans, ensuring that the debtor understands the terms and conditions to prevent further financial damage. A loss mitigation specialist must have excellent knowledge of the financial industry, including banking products and services.',
     43251, 34000, 54000, -8, 7596, 3.67, 51, 'Virginia Beach, VA', 'Maryland', 'Accenture', 'Professional', 8),
    ('Accounts Receivable Specialist', 'accounts-receivable-specialist',
     'Accounts receivable specialists are members of the organization''s finance or accounting department. They are responsible for managing the collection of payments for the company. They prepare official receipts and coordinate with account payable specialists from other companies with pending payables. They ensure that clients pay on time, and they also follow up on payments when necessary. They are responsible for checking whether the clients have already paid in full. Accounts receivable specialists are in charge of updating accounting records as well to ensure that client records are up to date.',
     39873, 31000, 50000, -8, 61988, 4.5, 45, 'Washington, DC', 'Connecticut', 'InfosysPublicService', 'Technology', 8),
    ('Collections Coordinator', 'collections-coordinator',
     'Usually working alongside a company''s account receivables team, a collections coordinator is in charge of developing strategies to optimize the payment collection operations. Among their responsibilities include reaching out to clients through calls or correspondence to remind them of their payment obligations, arranging appointments, processing payments, arranging payment terms, and researching a client''s communication information such as cellphone number, address, or email. Moreover, a collections coordinator must maintain an active communication line with staff while promoting and enforcing the company''s policies and regulations.',
     37938, 30000, 47000, -8, 40113, NULL, 48, 'New York, NY', 'Connecticut', 'University of California, Berkeley', 'Professional', 8),
    ('Senior Accounts Receivable Specialist', 'senior-accounts-receivable-specialist',
     'Senior accounts receivable specialists follow established accounts receivable and account payable policies, guidelines, control processes, and procedures. The specialists make sure that activities associated with the payables and receivables are accurate. They assist the partners of firms in terms of collecting and reporting accounts receivable balances that are already past due. It is their job to establish extensive contact with clients and partners. Also, they are responsible for tracking payments and perform banking deposits.',
     54494, 38000, 78000, -8, 24817, NULL, 49, 'Washington, DC', 'Connecticut', 'Amkor Technology', 'Technology', 8),
    ('Collector', 'collector',
     'Collectors are responsible for monitoring and providing immediate actions for client accounts with overdue payments. Collectors must be able to contact clients through phone or e-mail. A collector''s duty also includes negotiating on payment procedures and offering repayment plans and alternative payment solutions to free the debt. Collectors need to document any agreements made to the client, updating and verifying contact information, resolving account discrepancies and client complaints, and report escalated concerns to the management.',
     34872, 27000, 44000, -8, 23948, NULL, 31, 'Los Angeles, CA', 'Alaska', 'Uline', 'Finance', 8),
    ('Account Resolution Specialist', 'account-resolution-specialist',
     'An account resolutions specialist works at a company''s accounting department, where they are in charge of overseeing account receivables to ensure client compliance. Their responsibilities usually include conducting research and analysis, assessing client accounts and credit histories, coordinating with managers and collection agents, and monitoring delinquent accounts. They may also directly communicate with clients to follow-up on invoices, process payments, or even arrange new payment plans while adhering to the company''s policies and regulations. Moreover, they must maintain records of all transactions and present regular reports to managers.',
     35602, 29000, 43000, -8, 87713, NULL, 39, 'Hartford, CT', 'Connecticut', 'American Express', 'Finance', 8),
    ('Collections Specialist', 'collections-specialist',
     'As their name entails, collections specialists collect payments for the outstanding accounts receivables. Collections specialists list the names of those who were unable to pay their overdue bills based on their delinquency severity. They locate the customers through loan documents, background checks, credit bureau information, and other databases or paperwork. These specialists are expected to be excellent in their negotiation and communication skills. They should also be trustworthy, reliable, and act professionally to be considered as good specialists.',
     35164, 27000, 45000, -8, 40277, NULL, 34, 'Boston, MA', 'Connecticut', 'Kent Daniels & Associates', 'Finance', 8),
    ('Account Specialist', 'account-specialist',
     'An account specialist is responsible for reaching out to customers or potential clients through calls, emails, and other forms of correspondence to secure sales and strengthen business relations. An account specialist may also perform other tasks such as arranging appointment schedules with clients, providing price quotes and responding to further inquiries, process orders, generating sales leads, and handling complaints and resolving issues. Furthermore, an account specialist may also be involved in developing strategies, finding new opportunities, producing and completing necessary documents, and preparing reports, all in adherence to the company''s policies and regulations.',
     42586, 28000, 62000, -8, 116010, NULL, 54, 'Washington, DC', 'Virginia', 'Microsoft', 'Finance', 8)
     ) AS v (title, slug, description, yearly_salary, salary_range_low, salary_range_high, growth_rate_pct,
             job_openings, job_satisfaction, degree_pct, city, state, company, industry, lgbt_pct)
JOIN category c ON c.slug = 'office-and-administrative'
JOIN company co ON co.name = v.company;

INSERT INTO occupation_demographic (occupation_id, group_id, share_pct)
SELECT o.id, g.id, v.share_pct
FROM (VALUES
    -- Loss Mitigation Specialist
    ('loss-mitigation-specialist', 'GENDER', 'Male', 40.4),
    ('loss-mitigation-specialist', 'GENDER', 'Female', 59.6),
    ('loss-mitigation-specialist', 'RACE', 'Black or African American', 13.9),
    ('loss-mitigation-specialist', 'RACE', 'Unknown', 3.9),
    ('loss-mitigation-specialist', 'RACE', 'Hispanic or Latino', 20.7),
    ('loss-mitigation-specialist', 'RACE', 'Asian', 3.4),
    ('loss-mitigation-specialist', 'RACE', 'White', 57.6),
    ('loss-mitigation-specialist', 'RACE', 'American Indian and Alaska Native', 0.5),
    -- Accounts Receivable Specialist
    ('accounts-receivable-specialist', 'GENDER', 'Male', 18.2),
    ('accounts-receivable-specialist', 'GENDER', 'Female', 81.8),
    ('accounts-receivable-specialist', 'RACE', 'Black or African American', 12.9),
    ('accounts-receivable-specialist', 'RACE', 'Unknown', 4.2),
    ('accounts-receivable-specialist', 'RACE', 'Hispanic or Latino', 19.0),
    ('accounts-receivable-specialist', 'RACE', 'Asian', 3.9),
    ('accounts-receivable-specialist', 'RACE', 'White', 59.6),
    ('accounts-receivable-specialist', 'RACE', 'American Indian and Alaska Native', 0.5),
    -- Collections Coordinator
    ('collections-coordinator', 'GENDER', 'Male', 26.6),
    ('collections-coordinator', 'GENDER', 'Female', 73.4),
    ('collections-coordinator', 'RACE', 'Black or African American', 12.1),
    ('collections-coordinator', 'RACE', 'Unknown', 4.1),
    ('collections-coordinator', 'RACE', 'Hispanic or Latino', 20.8),
    ('collections-coordinator', 'RACE', 'Asian', 3.6),
    ('collections-coordinator', 'RACE', 'White', 59.0),
    ('collections-coordinator', 'RACE', 'American Indian and Alaska Native', 0.5),
    -- Senior Accounts Receivable Specialist
    ('senior-accounts-receivable-specialist', 'GENDER', 'Male', 18.3),
    ('senior-accounts-receivable-specialist', 'GENDER', 'Female', 81.7),
    ('senior-accounts-receivable-specialist', 'RACE', 'Black or African American', 14.1),
    ('senior-accounts-receivable-specialist', 'RACE', 'Unknown', 4.1),
    ('senior-accounts-receivable-specialist', 'RACE', 'Hispanic or Latino', 19.0),
    ('senior-accounts-receivable-specialist', 'RACE', 'Asian', 3.8),
    ('senior-accounts-receivable-specialist', 'RACE', 'White', 58.5),
    ('senior-accounts-receivable-specialist', 'RACE', 'American Indian and Alaska Native', 0.5),
    -- Collector
    ('collector', 'GENDER', 'Male', 36.0),
    ('collector', 'GENDER', 'Female', 64.0),
    ('collector', 'RACE', 'Black or African American', 12.1),
    ('collector', 'RACE', 'Unknown', 4.1),
    ('collector', 'RACE', 'Hispanic or Latino', 20.1),
    ('collector', 'RACE', 'Asian', 3.8),
    ('collector', 'RACE', 'White', 59.5),
    ('collector', 'RACE', 'American Indian and Alaska Native', 0.5),
    -- Account Resolution Specialist
    ('account-resolution-specialist', 'GENDER', 'Male', 32.4),
    ('account-resolution-specialist', 'GENDER', 'Female', 67.6),
    ('account-resolution-specialist', 'RACE', 'Black or African American', 12.5),
    ('account-resolution-specialist', 'RACE', 'Unknown', 4.1),
    ('account-resolution-specialist', 'RACE', 'Hispanic or Latino', 18.9),
    ('account-resolution-specialist', 'RACE', 'Asian', 3.7),
    ('account-resolution-specialist', 'RACE', 'White', 60.4),
    ('account-resolution-specialist', 'RACE', 'American Indian and Alaska Native', 0.5),
    -- Collections Specialist
    ('collections-specialist', 'GENDER', 'Male', 30.5),
    ('collections-specialist', 'GENDER', 'Female', 69.5),
    ('collections-specialist', 'RACE', 'Black or African American', 12.2),
    ('collections-specialist', 'RACE', 'Unknown', 4.1),
    ('collections-specialist', 'RACE', 'Hispanic or Latino', 18.5),
    ('collections-specialist', 'RACE', 'Asian', 3.7),
    ('collections-specialist', 'RACE', 'White', 61.0),
    ('collections-specialist', 'RACE', 'American Indian and Alaska Native', 0.5),
    -- Account Specialist
    ('account-specialist', 'GENDER', 'Male', 32.2),
    ('account-specialist', 'GENDER', 'Female', 67.8),
    ('account-specialist', 'RACE', 'Black or African American', 13.2),
    ('account-specialist', 'RACE', 'Unknown', 4.1),
    ('account-specialist', 'RACE', 'Hispanic or Latino', 17.8),
    ('account-specialist', 'RACE', 'Asian', 3.7),
    ('account-specialist', 'RACE', 'White', 60.8),
    ('account-specialist', 'RACE', 'American Indian and Alaska Native', 0.5)
     ) AS v (slug, dimension, group_name, share_pct)
JOIN occupation o ON o.slug = v.slug
JOIN demographic_group g ON g.dimension = v.dimension AND g.name = v.group_name;

INSERT INTO skill (name) VALUES
    ('Customer Service'),
    ('Loan Modifications'),
    ('Foreclosure Process'),
    ('Patients'),
    ('Data Entry'),
    ('Phone Calls'),
    ('Account Resolution'),
    ('Outbound Calls'),
    ('Inbound Calls'),
    ('Customer Accounts'),
    ('Account Management'),
    ('Account Reconciliations'),
    ('Reconciliations'),
    ('Patient Accounts'),
    ('Credit Card Payments'),
    ('Payment Arrangements'),
    ('Excellent Interpersonal'),
    ('Delinquent Accounts'),
    ('Student Loans');

-- Positions 1 to 3 are each occupation's top three skills.
INSERT INTO occupation_skill (occupation_id, position, skill_id, share_pct)
SELECT o.id, v.position, s.id, v.share_pct
FROM (VALUES
    ('loss-mitigation-specialist', 1, 'Customer Service', NULL::integer),
    ('loss-mitigation-specialist', 2, 'Loan Modifications', NULL),
    ('loss-mitigation-specialist', 3, 'Foreclosure Process', NULL),
    ('accounts-receivable-specialist', 1, 'Customer Service', NULL),
    ('accounts-receivable-specialist', 2, 'Patients', NULL),
    ('accounts-receivable-specialist', 3, 'Data Entry', NULL),
    ('collections-coordinator', 1, 'Customer Service', NULL),
    ('collections-coordinator', 2, 'Patients', NULL),
    ('collections-coordinator', 3, 'Phone Calls', NULL),
    ('senior-accounts-receivable-specialist', 1, 'Account Reconciliations', 6),
    ('senior-accounts-receivable-specialist', 2, 'Customer Accounts', 6),
    ('senior-accounts-receivable-specialist', 3, 'Reconciliations', 5),
    ('senior-accounts-receivable-specialist', 4, 'Customer Service', 4),
    ('senior-accounts-receivable-specialist', 5, 'Patient Accounts', 4),
    ('senior-accounts-receivable-specialist', 6, 'Credit Card Payments', 4),
    ('collector', 1, 'Patients', 14),
    ('collector', 2, 'Customer Service', 10),
    ('collector', 3, 'Payment Arrangements', 10),
    ('collector', 4, 'Excellent Interpersonal', 9),
    ('collector', 5, 'Delinquent Accounts', 8),
    ('collector', 6, 'Student Loans', 5),
    ('account-resolution-specialist', 1, 'Account Resolution', NULL),
    ('account-resolution-specialist', 2, 'Outbound Calls', NULL),
    ('account-resolution-specialist', 3, 'Inbound Calls', NULL),
    ('collections-specialist', 1, 'Customer Service', NULL),
    ('collections-specialist', 2, 'Patients', NULL),
    ('collections-specialist', 3, 'Customer Accounts', NULL),
    ('account-specialist', 1, 'Customer Service', NULL),
    ('account-specialist', 2, 'Patients', NULL),
    ('account-specialist', 3, 'Account Management', NULL)
     ) AS v (slug, position, skill, share_pct)
JOIN occupation o ON o.slug = v.slug
JOIN skill s ON s.name = v.skill;

INSERT INTO occupation_responsibility (occupation_id, position, description)
SELECT o.id, v.position, v.description
FROM (VALUES
    ('senior-accounts-receivable-specialist', 1, 'Manage profitable accounts receivable ledgers for existing and new clientele maintaining accuracy of monies enter to appropriate relate account.'),
    ('senior-accounts-receivable-specialist', 2, 'Enter credit/debit memo, set up and process franchisees ACH.'),
    ('senior-accounts-receivable-specialist', 3, 'Create and set up new financial institute bank accounts for ACH services.'),
    ('senior-accounts-receivable-specialist', 4, 'Review submission of all charges and payments to include proper medical data and the appropriate CPT and ICD-9 codes.'),
    ('senior-accounts-receivable-specialist', 5, 'Collect money owe to Texas Medicaid by medical providers.'),
    ('senior-accounts-receivable-specialist', 6, 'Correspond with various commercial and federal insurance companies including Medicare and Medicaid.'),
    ('collector', 1, 'Manage patient focuse reports, collection modules, provider/facility A/R, collections, patient discharge letters.'),
    ('collector', 2, 'Monitor all assign accounts by reviewing the client''s aging, manage all potential bad debit, DSO, aging.'),
    ('collector', 3, 'Prevent impeding loss and increasing profitability through negotiation and enforcement of schedule collection campaigns, consistently achieving high success standards.'),
    ('collector', 4, 'Provide customer service via telephone and correspondence for patients and authorize representatives regarding outstanding patient accounts in accordance with facility protocol.'),
    ('collector', 5, 'Verify and run eligibility on the following insurance, Medi-Cal, Medi-Cal HMO, Medicare, Medicare HMO.'),
    ('collector', 6, 'Provide excellent customer service while following HIPPA confidentiality laws.')
     ) AS v (slug, position, description)
JOIN occupation o ON o.slug = v.slug;

-- The comparisons of the five source pages, in file order.
INSERT INTO popular_comparison (position, first_occupation_id, second_occupation_id)
SELECT v.position, a.id, b.id
FROM (VALUES
    (1, 'loss-mitigation-specialist', 'accounts-receivable-specialist'),
    (2, 'accounts-receivable-specialist', 'collections-coordinator'),
    (3, 'senior-accounts-receivable-specialist', 'collector'),
    (4, 'account-resolution-specialist', 'collections-specialist'),
    (5, 'collections-specialist', 'account-specialist')
     ) AS v (position, first_slug, second_slug)
JOIN occupation a ON a.slug = v.first_slug
JOIN occupation b ON b.slug = v.second_slug;
