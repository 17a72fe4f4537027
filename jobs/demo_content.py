"""Demo job board content for the careers site: job categories and job postings.

Pure data with no Django imports, so the seed command and tests can load it cheaply.
Every client name is fictional. Dates are relative: ``posted_days_ago`` counts back from the
day the seed runs and ``expires_in_days`` counts forward from it (None means no expiry date,
a negative value means the posting has already expired).
"""

CATEGORIES = [
    {
        "name": "Engineering",
        "slug": "engineering",
        "description": (
            "Mechanical, electrical, civil, controls and quality engineering roles with "
            "manufacturers, consulting firms and plants."
        ),
    },
    {
        "name": "Aerospace & defense",
        "slug": "aerospace",
        "description": (
            "Engineering, assembly and inspection jobs building and supporting commercial and "
            "military aircraft and defense systems."
        ),
    },
    {
        "name": "Information technology",
        "slug": "it",
        "description": (
            "Software development, help desk, networking, cloud, data and cybersecurity "
            "positions, on site, hybrid and remote."
        ),
    },
    {
        "name": "Manufacturing & skilled trades",
        "slug": "manufacturing",
        "description": (
            "Machinists, welders, maintenance technicians, electricians, production associates "
            "and supervisors for plants and job sites."
        ),
    },
    {
        "name": "Accounting & finance",
        "slug": "accounting-finance",
        "description": (
            "Accountants, bookkeepers, payroll, accounts payable and financial analysis roles "
            "from entry level to controller."
        ),
    },
    {
        "name": "Administrative & office",
        "slug": "administrative",
        "description": (
            "Receptionists, administrative and executive assistants, data entry, HR and office "
            "management jobs."
        ),
    },
    {
        "name": "Healthcare",
        "slug": "healthcare",
        "description": (
            "Nursing, medical assistant, phlebotomy, medical coding and nursing leadership "
            "positions in clinics, hospitals and senior care."
        ),
    },
    {
        "name": "Logistics & warehouse",
        "slug": "logistics",
        "description": (
            "Forklift operators, warehouse associates, drivers, supervisors and logistics "
            "coordinators who keep freight moving."
        ),
    },
    {
        "name": "Sales & customer service",
        "slug": "sales-customer-service",
        "description": (
            "Customer service representatives, inside and technical sales, account managers and "
            "contact center leaders."
        ),
    },
]

JOBS = [
    # Engineering
    {
        "title": "Mechanical Design Engineer",
        "category": "engineering",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45414",
        "pay_min": 82000,
        "pay_max": 98000,
        "pay_period": "year",
        "summary": (
            "Design motion-control assemblies from concept to production for a growing Dayton "
            "manufacturer. Direct hire with full benefits and a hands-on engineering team."
        ),
        "description": """\
Our client designs and builds linear actuators, gearboxes and motion-control assemblies for
packaging, medical and factory-automation customers. Its engineering group of twelve sits next to
the shop floor, so you will see your designs built, tested and shipped.

### What you'll do

- Design parts and assemblies in SolidWorks, from first sketch to released drawings
- Apply GD&T and tolerance stack-ups so parts can be made and inspected reliably
- Work with machinists and assemblers to fix build problems at the source
- Run hand calculations and basic FEA on shafts, brackets and housings
- Manage engineering change orders and keep the bill of materials accurate in the ERP system
- Support prototype builds and customer design reviews

### Schedule

Monday to Friday, 7:30 a.m. to 4:00 p.m., on site in north Dayton.

### Benefits

Medical, dental and vision from day one, a 401(k) with a 4% match, three weeks of PTO plus ten
paid holidays, and tuition reimbursement.
""",
        "requirements": """\
- Bachelor's degree in mechanical engineering
- 3+ years designing machined and sheet-metal parts
- Strong SolidWorks skills, including large assemblies and drawings
- Working knowledge of GD&T (ASME Y14.5)
- Experience with an ERP or PDM system
""",
        "client_name": "Stillwater Motion Controls",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 2,
        "expires_in_days": 30,
    },
    {
        "title": "Manufacturing Engineer",
        "category": "engineering",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Cincinnati",
        "state": "OH",
        "postal_code": "45241",
        "pay_min": 42,
        "pay_max": 50,
        "pay_period": "hour",
        "summary": (
            "Improve cycle times, tooling and work instructions at a Cincinnati gear manufacturer. "
            "Contract-to-hire with a path to a permanent engineering role after six months."
        ),
        "description": """\
A family-owned gear and power-transmission manufacturer north of Cincinnati is adding a
manufacturing engineer to support its gear-cutting, heat-treat and assembly cells. You will join
two other engineers and report to the plant manager. After about six months on Amtec's payroll,
the plan is to hire you directly.

### What you'll do

- Write and update routings, work instructions and setup sheets
- Lead kaizen events and cut scrap, rework and cycle time on key part numbers
- Specify fixtures, gauges and cutting tools with operators and the tool room
- Run capability studies and PFMEAs for new and changed processes
- Help quote new work by estimating cycle times and tooling costs
- Support new equipment installs from purchase to production release

### Schedule and pay

First shift, Monday to Friday, with some early mornings to support second shift. You are paid
weekly by Amtec while on contract, with access to medical coverage.
""",
        "requirements": """\
- Bachelor's degree in manufacturing, mechanical or industrial engineering
- 2 to 5 years of experience in a machining or metalworking plant
- Lean manufacturing experience; Six Sigma Green Belt is a plus
- Able to read prints and apply GD&T
- SolidWorks or Inventor for simple fixture design
- Strong Excel skills for time studies and data analysis
""",
        "client_name": "Sharon Woods Gear & Machine",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 5,
        "expires_in_days": 21,
    },
    {
        "title": "Senior Quality Engineer \u2013 Medical Devices",
        "category": "engineering",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Denver",
        "state": "CO",
        "postal_code": "80223",
        "pay_min": 100000,
        "pay_max": 122000,
        "pay_period": "year",
        "summary": (
            "Lead quality engineering for Class II medical devices at a confidential Denver "
            "manufacturer. Own CAPA, risk management and supplier quality."
        ),
        "description": """\
A well-established medical device manufacturer in Denver is looking for a senior quality engineer
to join its quality team. The company makes single-use surgical and diagnostic products and is
growing after two new product launches. This search is confidential; your Amtec recruiter will
share the company name after a first conversation.

### What you'll do

- Own the CAPA process, from investigation and root cause through effectiveness checks
- Maintain risk management files under ISO 14971 with design and manufacturing engineers
- Write and approve process validations (IQ, OQ, PQ) and test method validations
- Qualify and audit suppliers, and review their nonconformances
- Host FDA and notified-body audits and answer their findings
- Mentor two quality engineers and a quality technician

### Benefits

Medical, dental and vision with an HSA option, a 401(k) with a 5% match, 20 days of PTO, an
annual bonus and paid parental leave.
""",
        "requirements": """\
- Bachelor's degree in engineering or a related science
- 6+ years of quality engineering, at least 3 of them in medical devices
- Working knowledge of ISO 13485, 21 CFR 820 and ISO 14971
- ASQ Certified Quality Engineer (CQE) preferred
- Statistical tools such as Minitab
- Strong technical writing skills
""",
        "client_name": "Aspenleaf Medical Devices",
        "confidential": True,
        "featured": False,
        "status": "open",
        "posted_days_ago": 12,
        "expires_in_days": 45,
    },
    {
        "title": "Controls Engineer (PLC)",
        "category": "engineering",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Pittsburgh",
        "state": "PA",
        "postal_code": "15222",
        "pay_min": 90000,
        "pay_max": 112000,
        "pay_period": "year",
        "summary": (
            "Program PLCs and HMIs for custom automation machines built in Pittsburgh. Hybrid "
            "schedule with about 25% travel to customer sites for startups."
        ),
        "description": """\
Smithfield Street Automation designs and builds custom assembly and test machines for
automotive, food and consumer-products plants. Its controls team of eight engineers writes the
logic, designs the panels and commissions each machine at the customer's plant.

### What you'll do

- Write PLC programs in Allen-Bradley Studio 5000, plus some Siemens TIA Portal
- Build HMI screens in FactoryTalk View and Ignition
- Design electrical schematics and panel layouts in AutoCAD Electrical
- Integrate servo drives, vision systems, robots and safety devices
- Debug machines in the shop and lead startups and training at customer sites
- Write clear documentation so maintenance teams can support what you build

### Schedule

Office and shop days in Pittsburgh, with up to two days a week from home between projects.
Expect about 25% travel, mostly within the eastern US.

### Benefits

Medical, dental and vision, a 401(k) with a 6% match, 15 days of PTO plus holidays, a travel
bonus for weeks on the road and a company-paid cell phone.
""",
        "requirements": """\
- Bachelor's degree in electrical engineering, mechatronics or a similar field
- 3+ years programming PLCs in an automation or manufacturing setting
- Experience with Rockwell Studio 5000 and at least one HMI platform
- Understanding of NFPA 79 and machine-safety circuits
- Valid driver's license and ability to travel
- Python or C# for test tools is a plus
""",
        "client_name": "Smithfield Street Automation",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 0,
        "expires_in_days": None,
    },
    {
        "title": "Electrical Engineer \u2013 Power Distribution",
        "category": "engineering",
        "employment_type": "contract",
        "workplace": "hybrid",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46204",
        "pay_min": 55,
        "pay_max": 65,
        "pay_period": "hour",
        "summary": (
            "Design medium- and low-voltage power distribution for data center and hospital "
            "projects. Twelve-month contract with a downtown Indianapolis engineering firm."
        ),
        "description": """\
An Indianapolis consulting engineering firm has won several large data center and hospital
projects and needs an electrical engineer for a twelve-month contract. You will join a team of
electrical engineers and designers working in Revit and report to a licensed project engineer.

### What you'll do

- Design power distribution systems up to 15 kV, including one-line diagrams
- Size feeders, transformers, generators and UPS systems
- Run short-circuit, coordination and arc-flash studies
- Coordinate with mechanical, plumbing and architectural teams in shared Revit models
- Review submittals and answer contractor RFIs during construction
- Visit job sites in central Indiana a few times a month

### Schedule and pay

Hybrid: three days in the downtown office and two from home. Amtec pays weekly by direct deposit,
and contractors can enroll in medical, dental and vision plans.
""",
        "requirements": """\
- Bachelor's degree in electrical engineering
- 4+ years designing power systems for buildings or industrial facilities
- Experience with SKM PowerTools or ETAP
- Working knowledge of the National Electrical Code (NEC)
- Revit and AutoCAD proficiency
- EIT required; PE license preferred
""",
        "client_name": "Circlepoint Power Engineering",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 9,
        "expires_in_days": 14,
    },
    {
        "title": "Civil Engineer (EIT) \u2013 Land Development",
        "category": "engineering",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Columbus",
        "state": "OH",
        "postal_code": "43215",
        "pay_min": 68000,
        "pay_max": 78000,
        "pay_period": "year",
        "summary": (
            "Early-career civil engineer wanted for site development and stormwater projects "
            "across central Ohio. Mentoring toward your PE license and a hybrid schedule."
        ),
        "description": """\
Our client is a 40-person civil engineering and surveying firm in downtown Columbus. Its land
development group designs sites for schools, warehouses, housing and public parks across central
Ohio, and it is looking for an engineer in training who wants to grow toward a PE license.

### What you'll do

- Prepare grading, utility and erosion-control plans in Civil 3D
- Design stormwater systems and write drainage reports
- Calculate quantities and help prepare cost estimates
- Prepare permit applications for cities, counties and the Ohio EPA
- Visit construction sites to observe work and answer field questions
- Learn from senior engineers through regular plan reviews

### Schedule

Monday to Friday, with two days a week from home after training.

### Benefits

Medical, dental and vision, a 401(k) with profit sharing, 15 days of PTO, paid PE exam fees and a
raise when you pass.
""",
        "requirements": """\
- Bachelor's degree in civil engineering from an ABET-accredited program
- EIT certification, or the FE exam passed within six months of hire
- 0 to 3 years of site or land development experience (internships count)
- Working knowledge of AutoCAD Civil 3D
- Familiarity with hydrology and stormwater design
- Valid driver's license
""",
        "client_name": "Scioto Bend Civil Design",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 20,
        "expires_in_days": None,
    },
    {
        "title": "Process Engineer \u2013 Specialty Chemicals",
        "category": "engineering",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Houston",
        "state": "TX",
        "postal_code": "77029",
        "pay_min": 105000,
        "pay_max": 128000,
        "pay_period": "year",
        "summary": (
            "Confidential opening for a process engineer at a specialty chemical plant on "
            "Houston's east side. Improve yield, safety and reliability in a continuous operation."
        ),
        "description": """\
A specialty chemicals producer on the Houston Ship Channel needs a process engineer for one of
its continuous production units. The plant runs around the clock and has a strong safety record.
This is a confidential search, so the company name will be shared once you are in the interview
process.

### What you'll do

- Monitor unit performance and troubleshoot process upsets with operations
- Lead projects that improve yield, energy use and product quality
- Build and update process models in Aspen HYSYS
- Take part in PHAs, HAZOPs and management-of-change reviews
- Write operating procedures and train operators on process changes
- Support turnarounds, including planning, shutdown and startup

### Schedule

Day shift, Monday to Friday, with an on-call rotation shared among five engineers.

### Benefits

Medical, dental and vision, a 401(k) with a 6% match, an annual bonus, 20 days of PTO and a
relocation package.
""",
        "requirements": """\
- Bachelor's degree in chemical engineering
- 4+ years as a process engineer in a chemical plant or refinery
- Experience with Aspen HYSYS or Aspen Plus
- Knowledge of process safety management (OSHA 29 CFR 1910.119)
- TWIC card, or able to obtain one
- Strong data analysis skills; Python or PI historian experience is a plus
""",
        "client_name": "Galena Bend Specialty Chemicals",
        "confidential": True,
        "featured": False,
        "status": "open",
        "posted_days_ago": 33,
        "expires_in_days": 60,
    },
    {
        "title": "Simulation Engineer (ANSYS) \u2013 Remote",
        "category": "engineering",
        "employment_type": "contract",
        "workplace": "remote",
        "city": "Detroit",
        "state": "MI",
        "postal_code": "48226",
        "pay_min": 70,
        "pay_max": 82,
        "pay_period": "hour",
        "summary": (
            "Run structural and thermal simulations on electric drivetrain components. Fully "
            "remote six-month contract supporting a Detroit engineering team."
        ),
        "description": """\
An automotive engineering firm in Detroit designs electric drive units and gearboxes for vehicle
makers and needs extra simulation capacity for the next two quarters. Its engineers are spread
across Michigan and work remotely, with a short video check-in each morning. The work covers motor
housings, gear shafts and inverter mounts for two new vehicle programs.

### What you'll do

- Build and run structural, thermal and fatigue models in ANSYS Mechanical
- Mesh complex castings and assemblies and check model quality
- Correlate simulation results with test data from the lab
- Recommend design changes to the design engineers who own each part
- Automate repeat analyses with scripts where it saves time
- Present results in weekly design reviews

### Schedule and pay

Remote, on Eastern time, 40 hours a week. You are paid weekly through Amtec. A laptop with the
needed software licenses is provided.
""",
        "requirements": """\
- Bachelor's degree in mechanical engineering; a master's degree is a plus
- 5+ years of FEA experience with ANSYS Mechanical
- Fatigue analysis of cast or forged parts
- Python scripting for ANSYS (PyMAPDL or ACT) preferred
- Able to work US Eastern hours from a quiet home office
""",
        "client_name": "Rivertown Drivetrain Engineering",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 4,
        "expires_in_days": 6,
    },
    {
        "title": "Test Engineer \u2013 Automotive Components",
        "category": "engineering",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Greenville",
        "state": "SC",
        "postal_code": "29607",
        "pay_min": 38,
        "pay_max": 46,
        "pay_period": "hour",
        "summary": (
            "Plan and run durability and validation tests on automotive seating and interior "
            "components at a Greenville test lab. Contract-to-hire."
        ),
        "description": """\
Reedy Falls Automotive Systems supplies seating frames and interior components to auto plants
across the Southeast. Its Greenville test lab validates every new design before it goes into
production, and the lab is adding a test engineer.

### What you'll do

- Write test plans from customer specifications and DVP&R documents
- Set up fixtures, sensors and data acquisition for durability and performance tests
- Run tests, track results and report failures to the design engineers
- Build simple test programs and data scripts to speed up analysis
- Keep lab equipment calibrated and the lab organized
- Write clear test reports for customers

### Schedule and pay

Day shift, Monday to Friday, with occasional weekend checks on long-running tests. Paid weekly
through Amtec during the contract period, with a direct hire offer expected after 90 days.
""",
        "requirements": """\
- Bachelor's degree in mechanical or electrical engineering, or engineering technology
- 2+ years in a test lab or product validation role
- Data acquisition systems and sensors such as strain gauges and load cells
- LabVIEW or Python for test automation
- Able to lift 40 pounds and work in a lab environment
""",
        "client_name": "Reedy Falls Automotive Systems",
        "confidential": False,
        "featured": False,
        "status": "filled",
        "posted_days_ago": 45,
        "expires_in_days": None,
    },
    # Aerospace & defense
    {
        "title": "Aerospace Stress Engineer",
        "category": "aerospace",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Wichita",
        "state": "KS",
        "postal_code": "67209",
        "pay_min": 92000,
        "pay_max": 118000,
        "pay_period": "year",
        "summary": (
            "Analyze fuselage and wing structures for commercial and business jets. Direct hire "
            "with a Wichita aerostructures supplier; relocation assistance available."
        ),
        "description": """\
Cardinal Aerostructures builds fuselage sections, wing components and flight-control surfaces for
commercial and business aircraft. Its Wichita stress group signs off every structural change, from
new designs to repairs on the factory floor, and it is hiring engineers at several levels.

### What you'll do

- Perform static strength and fatigue analysis on metallic and composite structures
- Build and check finite element models in NASTRAN with Patran or Femap
- Write stress reports that meet customer and FAA requirements
- Disposition nonconforming parts and approve structural repairs
- Work with design and manufacturing engineers on producible solutions
- Support certification testing and correlate results with analysis

### Schedule

A 9/80 schedule with every other Friday off, on site at the Wichita facility.

### Benefits

Medical, dental and vision, a 401(k) with a 6% match, 120 hours of PTO in the first year,
tuition assistance and relocation help for candidates outside Kansas.
""",
        "requirements": """\
- Bachelor's degree in aerospace, mechanical or civil engineering
- 2+ years of aircraft stress analysis experience
- NASTRAN and Patran, Femap or HyperMesh
- Classical hand methods for joints, panels and fittings
- Composite analysis experience is a plus
- US citizenship or permanent residency (ITAR)
""",
        "client_name": "Cardinal Aerostructures",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 1,
        "expires_in_days": 45,
    },
    {
        "title": "Aircraft Assembly Mechanic \u2013 2nd Shift",
        "category": "aerospace",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Wichita",
        "state": "KS",
        "postal_code": "67210",
        "pay_min": 25,
        "pay_max": 32,
        "pay_period": "hour",
        "summary": (
            "Install fasteners, brackets and systems on aircraft fuselage sections. Second shift "
            "in Wichita, contract-to-hire with a shift differential."
        ),
        "description": """\
Our client, a Wichita aerostructures manufacturer, is ramping up production and needs assembly
mechanics on second shift. You will work in a team building fuselage sections and control
surfaces to blueprint, with quality built into every step.

### What you'll do

- Read blueprints, work instructions and engineering orders
- Drill, countersink and install solid rivets, Hi-Loks and other fasteners
- Install brackets, clips, wiring supports and hydraulic lines
- Apply sealant and fay-surface seal to specification
- Inspect your own work and record it in the shop system
- Keep your tools calibrated and your work area clean and FOD-free

### Schedule and pay

Second shift, Monday to Thursday, 3:30 p.m. to 2:00 a.m., with overtime on some Fridays. A $2 per
hour shift differential is included in the pay range. Paid weekly through Amtec, with a direct
hire offer after 520 hours of good performance.
""",
        "requirements": """\
- High school diploma or GED
- 1+ year of aircraft assembly or sheet-metal experience, or an aviation maintenance certificate
- Comfortable with drills, rivet guns, bucking bars and precision measuring tools
- Able to pass a drug screen and background check
- US citizen or permanent resident (ITAR)
""",
        "client_name": "Cardinal Aerostructures",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 6,
        "expires_in_days": 30,
    },
    {
        "title": "Composite Technician",
        "category": "aerospace",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Wichita",
        "state": "KS",
        "postal_code": "67215",
        "pay_min": 22,
        "pay_max": 27,
        "pay_period": "hour",
        "summary": (
            "Lay up, bag and trim carbon-fiber parts for aircraft interiors and fairings. "
            "Temporary day-shift work in Wichita with overtime available."
        ),
        "description": """\
A Wichita composites shop that makes fairings, access panels and interior parts for aircraft needs
technicians for a production surge expected to last four to six months. Training on the shop's own
processes is provided during your first week. Experienced technicians with clean records and good
attendance are often offered permanent positions when the surge ends.

### What you'll do

- Cut prepreg plies and lay them up on tools by following ply books
- Vacuum bag parts and load them into ovens and the autoclave
- Trim, drill and sand cured parts to drawing
- Prepare tools with release agents and keep them clean
- Record materials, out-time and cure data accurately
- Follow clean-room rules and wear protective equipment

### Schedule and pay

Day shift, 6:00 a.m. to 2:30 p.m., Monday to Friday, with Saturday overtime most weeks. Paid
weekly every Friday by direct deposit.
""",
        "requirements": """\
- High school diploma or GED
- 6+ months of composite layup, fiberglass or boat-building experience
- Good hand skills and attention to detail
- Comfortable wearing gloves, a respirator and other PPE for a full shift
- Able to stand for long periods and lift 35 pounds
""",
        "client_name": "Keeper's Bend Composites",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 3,
        "expires_in_days": None,
    },
    {
        "title": "Avionics Systems Engineer (Secret Clearance)",
        "category": "aerospace",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Huntsville",
        "state": "AL",
        "postal_code": "35806",
        "pay_min": 118000,
        "pay_max": 145000,
        "pay_period": "year",
        "summary": (
            "Define and verify avionics systems for Army aviation programs. Confidential "
            "Huntsville defense employer; an active Secret clearance is required."
        ),
        "description": """\
A mid-sized defense electronics company in Cummings Research Park is growing its avionics systems
engineering team. The group supports upgrades to Army rotary-wing aircraft, from requirements
through flight test. Because of the competitive nature of the program, the employer's name is
shared only with candidates in the interview process.

### What you'll do

- Write and manage system and interface requirements in DOORS
- Develop interface control documents for mission computers, displays and radios
- Plan and run integration tests in the systems integration lab
- Analyze data buses such as MIL-STD-1553 and ARINC 429
- Support design reviews, including SRR, PDR and CDR
- Work directly with government customers and prime contractors

### Benefits

Medical, dental and vision with low premiums, a 401(k) with an 8% match, 160 hours of PTO, a 9/80
schedule, and paid certifications and graduate tuition.
""",
        "requirements": """\
- Bachelor's degree in electrical, computer, aerospace or systems engineering
- 5+ years in avionics or defense systems engineering
- Active DoD Secret clearance
- MIL-STD-1553 and a requirements tool such as DOORS
- Knowledge of DO-178C or DO-254 is a plus
- US citizenship required
""",
        "client_name": "Larkspur Avionics",
        "confidential": True,
        "featured": False,
        "status": "open",
        "posted_days_ago": 14,
        "expires_in_days": 40,
    },
    {
        "title": "Flight Test Instrumentation Engineer",
        "category": "aerospace",
        "employment_type": "contract",
        "workplace": "onsite",
        "city": "Huntsville",
        "state": "AL",
        "postal_code": "35824",
        "pay_min": 68,
        "pay_max": 82,
        "pay_period": "hour",
        "summary": (
            "Design and install instrumentation for rotorcraft flight testing. Twelve-month "
            "contract in Huntsville with some travel to test ranges."
        ),
        "description": """\
A Huntsville defense contractor is preparing for a flight test campaign and needs an
instrumentation engineer for a twelve-month contract. You will be part of a small test team that
designs, installs and calibrates the sensors and data systems used during ground and flight tests.

### What you'll do

- Design instrumentation systems, including sensors, signal conditioning and recorders
- Create wiring diagrams and installation drawings for test aircraft
- Calibrate strain gauges, accelerometers, pressure transducers and thermocouples
- Configure PCM encoders and telemetry systems
- Check data quality during test events and fix problems quickly
- Document each configuration for traceability

### Schedule and pay

Monday to Friday, with early mornings on test days and up to 20% travel to test ranges in the
Southwest. Paid weekly through Amtec, with per diem for travel weeks.
""",
        "requirements": """\
- Bachelor's degree in electrical, mechanical or aerospace engineering
- 3+ years of flight test or ground test instrumentation experience
- Hands-on strain gauge installation
- Familiarity with IRIG-106 telemetry standards
- Active Secret clearance, or the ability to obtain one
- US citizenship required
""",
        "client_name": "Larkspur Avionics",
        "confidential": False,
        "featured": False,
        "status": "draft",
        "posted_days_ago": 0,
        "expires_in_days": None,
    },
    {
        "title": "Aircraft Interiors Installer",
        "category": "aerospace",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Seattle",
        "state": "WA",
        "postal_code": "98108",
        "pay_min": 30,
        "pay_max": 36,
        "pay_period": "hour",
        "summary": (
            "Install seats, galleys, sidewalls and lighting in commercial aircraft cabins. "
            "Temporary roles in south Seattle with overtime and weekly pay."
        ),
        "description": """\
A Seattle aircraft interiors company modifies and refurbishes the cabins of commercial and private
jets. It has a busy season ahead and needs temporary installers for about three months, with a
good chance of extension for strong performers. Most work happens inside hangars at a small
airfield, on narrow-body jets and large business aircraft.

### What you'll do

- Install and remove seats, sidewalls, overhead bins and galley units
- Route and secure wire bundles and install cabin lighting
- Fit and adjust panels to tight tolerances
- Use torque tools and record values on work orders
- Protect finished surfaces and keep the aircraft clean
- Work with inspectors to close out each job card

### Schedule and pay

First shift, 6:00 a.m. to 2:30 p.m., Monday to Friday, with optional Saturday overtime. Paid
weekly, with a completion bonus for installers who finish the assignment.
""",
        "requirements": """\
- 1+ year of aircraft interiors, cabinetry or finish carpentry experience
- Able to read blueprints and use precision measuring tools
- Your own basic hand tools
- Able to work in tight spaces and lift 50 pounds
- Able to pass a background check for airport access
""",
        "client_name": "Duwamish Aero Interiors",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 8,
        "expires_in_days": 18,
    },
    {
        "title": "Reliability Engineer \u2013 Air Force Programs",
        "category": "aerospace",
        "employment_type": "contract_to_hire",
        "workplace": "hybrid",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45431",
        "pay_min": 58,
        "pay_max": 70,
        "pay_period": "hour",
        "summary": (
            "Lead reliability and maintainability analysis for Air Force aircraft systems near "
            "Wright-Patterson AFB. Hybrid schedule, contract-to-hire."
        ),
        "description": """\
Our client is a Dayton engineering services company that supports Air Force sustainment programs.
Its engineers help keep aging aircraft flying by finding the parts and systems that fail most
often and fixing the root causes. This role starts as a contract and is expected to convert to
direct hire within six months.

### What you'll do

- Analyze maintenance and failure data to find reliability drivers
- Build reliability block diagrams, FMECAs and fault trees
- Predict availability and sustainment costs for proposed changes
- Write technical reports and brief results to Air Force engineers
- Recommend design, maintenance and supply changes
- Mentor junior engineers on reliability methods

### Schedule and pay

Hybrid: on site near the base three days a week and remote the rest. Paid weekly through Amtec
during the contract period.
""",
        "requirements": """\
- Bachelor's degree in engineering and 5+ years in reliability or logistics engineering
- FMECA, reliability block diagrams and Weibull analysis
- ReliaSoft, Windchill Quality or similar reliability software
- Active Secret clearance
- ASQ Certified Reliability Engineer (CRE) preferred
- US citizenship required
""",
        "client_name": "Huffman Prairie Flight Systems",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 17,
        "expires_in_days": 25,
    },
    {
        "title": "Aerospace Quality Inspector",
        "category": "aerospace",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45424",
        "pay_min": 26,
        "pay_max": 32,
        "pay_period": "hour",
        "summary": (
            "Inspect machined aerospace parts with a CMM and hand gauges at a Dayton-area AS9100 "
            "shop. Direct hire on first shift."
        ),
        "description": """\
Miami Valley Precision Components machines flight-critical parts for jet engines and landing gear.
Its quality team works alongside the machinists on every shift, and first-article and final
inspection are central to the shop's AS9100 certification. Inspectors here are trusted to make
calls, and the quality manager invests in training and ASQ certification.

### What you'll do

- Inspect machined parts with calipers, micrometers, height gauges and bore gauges
- Program and run the CMM for first-article and in-process inspection
- Complete AS9102 first-article inspection reports
- Document nonconformances and take part in material review
- Calibrate gauges and keep calibration records current
- Coach machinists on good measurement methods

### Schedule

First shift, 6:00 a.m. to 2:30 p.m., Monday to Friday.

### Benefits

Medical, dental and vision, a 401(k) with a 4% match, two weeks of PTO, paid holidays and a yearly
tool allowance.
""",
        "requirements": """\
- High school diploma or GED; a technical degree is a plus
- 3+ years of inspection in a machine shop, ideally aerospace
- Strong blueprint reading and GD&T skills
- CMM programming experience (Calypso or PC-DMIS)
- ASQ Certified Quality Inspector (CQI) preferred
""",
        "client_name": "Miami Valley Precision Components",
        "confidential": False,
        "featured": False,
        "status": "filled",
        "posted_days_ago": 38,
        "expires_in_days": None,
    },
    # Information technology
    {
        "title": "Senior Python Developer",
        "category": "it",
        "employment_type": "direct_hire",
        "workplace": "remote",
        "city": "Columbus",
        "state": "OH",
        "postal_code": "43215",
        "pay_min": 135000,
        "pay_max": 160000,
        "pay_period": "year",
        "summary": (
            "Build and scale Django services for a Columbus analytics company. Fully remote within "
            "the US, with direct hire benefits and a small, senior team."
        ),
        "description": """\
Scioto Data Works builds pricing and demand-forecasting software for regional retailers. Its
engineering team of fifteen is fully remote, with a shared office in Columbus for anyone who wants
it. You will work on the core platform that ingests sales data and serves forecasts to customers.

### What you'll do

- Design, build and maintain Django and Django REST Framework services
- Write well-tested Python and give thoughtful code reviews
- Tune PostgreSQL queries and data models for large data sets
- Build background jobs with Celery and Redis
- Improve the CI/CD pipeline and the infrastructure on AWS
- Mentor mid-level developers and help shape technical decisions

### Schedule

Remote anywhere in the US, with core hours from 11:00 a.m. to 3:00 p.m. Eastern. The team meets
in person in Columbus twice a year.

### Benefits

Medical, dental and vision with employee premiums fully paid, a 401(k) with a 5% match, flexible
PTO with a 15-day minimum and a $1,500 yearly learning budget.
""",
        "requirements": """\
- 6+ years of professional software development, 4+ with Python
- Deep experience with Django and PostgreSQL
- AWS, Docker and CI/CD pipelines
- Strong testing habits (pytest, factory_boy or similar)
- Bachelor's degree in computer science or equivalent experience
""",
        "client_name": "Scioto Data Works",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 0,
        "expires_in_days": 30,
    },
    {
        "title": "Help Desk Technician (Tier 1)",
        "category": "it",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46268",
        "pay_min": 21,
        "pay_max": 24,
        "pay_period": "hour",
        "summary": (
            "Be the first point of contact for IT support at a growing Indianapolis distribution "
            "company. Contract-to-hire on day shift and a great first step into IT."
        ),
        "description": """\
A home goods distributor with its headquarters on the northwest side of Indianapolis needs a help
desk technician to support about 600 employees in the office and three warehouses. You will join
a friendly IT team of six and learn from senior technicians and system administrators.

### What you'll do

- Answer calls, chats and tickets from employees and log every request
- Reset passwords and manage accounts in Active Directory and Microsoft 365
- Set up laptops, phones and printers for new hires
- Troubleshoot Windows, Outlook, Teams and VPN issues
- Escalate network and server problems with clear notes
- Write short how-to articles for the knowledge base

### Schedule and pay

Monday to Friday, 8:00 a.m. to 5:00 p.m., with an on-call weekend about once every six weeks.
Paid weekly through Amtec, with a direct hire offer planned after three months.
""",
        "requirements": """\
- High school diploma; an associate degree in IT is a plus
- 1+ year of help desk or desktop support experience
- CompTIA A+ certification, or working toward it
- Familiarity with Windows 11, Active Directory and Microsoft 365
- Friendly, patient communication skills
""",
        "client_name": "White River Crossing Distribution",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 1,
        "expires_in_days": 21,
    },
    {
        "title": "Network Engineer",
        "category": "it",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Cincinnati",
        "state": "OH",
        "postal_code": "45202",
        "pay_min": 90000,
        "pay_max": 110000,
        "pay_period": "year",
        "summary": (
            "Design and support the network for a Cincinnati health system with hospitals and "
            "clinics across the Tri-State. Hybrid schedule, direct hire."
        ),
        "description": """\
Ohio Riverbend Health Partners runs three hospitals and more than 30 clinics in southwest Ohio and
northern Kentucky. Its network team keeps clinical systems, imaging and telehealth running around
the clock, and it is adding an engineer to help with a multi-year network refresh.

### What you'll do

- Configure and support Cisco switches, routers and wireless controllers
- Manage Palo Alto firewalls and site-to-site VPNs
- Plan and roll out network upgrades at hospitals and clinics
- Monitor the network and respond to alerts
- Take part in an on-call rotation, about one week in six
- Keep network diagrams and documentation current

### Schedule

Hybrid, with two or three days a week on site in downtown Cincinnati or at a hospital, and
occasional after-hours work during maintenance windows.

### Benefits

Medical, dental and vision, a 403(b) retirement plan with a match, generous PTO, tuition
reimbursement and free parking.
""",
        "requirements": """\
- Bachelor's degree in IT or a related field, or equivalent experience
- 4+ years of enterprise network engineering
- CCNA required; CCNP preferred
- Palo Alto or Fortinet firewalls
- Routing protocols (OSPF, BGP) and VLAN design
- Healthcare IT experience is a plus
""",
        "client_name": "Ohio Riverbend Health Partners",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 11,
        "expires_in_days": None,
    },
    {
        "title": "Cloud DevOps Engineer (AWS)",
        "category": "it",
        "employment_type": "contract",
        "workplace": "remote",
        "city": "Charlotte",
        "state": "NC",
        "postal_code": "28202",
        "pay_min": 75,
        "pay_max": 90,
        "pay_period": "hour",
        "summary": (
            "Automate AWS infrastructure with Terraform and Kubernetes for a benefits "
            "administration platform. Six-month remote contract with a likely extension."
        ),
        "description": """\
A Charlotte benefits administration company is moving its remaining on-premises applications to
AWS and needs an experienced DevOps engineer for a six-month contract. You will work with a
platform team of five and with application developers in several time zones. The team values clear
pull requests, written design notes and calm, blameless reviews when something breaks.

### What you'll do

- Write and review Terraform modules for AWS networking, compute and databases
- Run and improve EKS clusters and Helm charts
- Build CI/CD pipelines in GitHub Actions
- Set up monitoring, logging and alerting
- Harden environments to meet SOC 2 and HIPAA requirements
- Document runbooks and share knowledge with the team

### Schedule and pay

Fully remote, with most meetings between 10:00 a.m. and 4:00 p.m. Eastern. Paid weekly through
Amtec; the contract is expected to extend past six months.
""",
        "requirements": """\
- 5+ years in DevOps, SRE or cloud engineering roles
- Hands-on experience with AWS, Terraform and Kubernetes
- Scripting in Bash and Python
- AWS Solutions Architect or DevOps Engineer certification preferred
- Experience in a regulated industry such as healthcare or finance
""",
        "client_name": "Queens Road Benefits Administration",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 7,
        "expires_in_days": 14,
    },
    {
        "title": "Data Analyst \u2013 SQL & Power BI",
        "category": "it",
        "employment_type": "contract_to_hire",
        "workplace": "hybrid",
        "city": "Louisville",
        "state": "KY",
        "postal_code": "40202",
        "pay_min": 36,
        "pay_max": 44,
        "pay_period": "hour",
        "summary": (
            "Turn warehouse and order data into clear Power BI dashboards for a Louisville "
            "fulfillment company. Hybrid, contract-to-hire."
        ),
        "description": """\
Our client runs e-commerce fulfillment centers in Louisville and southern Indiana. Its managers
want better data on labor, order accuracy and shipping costs, and the company is hiring its second
data analyst to build the reports they need. You will report to the director of operations and
work with site managers every week.

### What you'll do

- Write SQL queries against the warehouse management system and the data warehouse
- Build and maintain Power BI dashboards for operations and finance
- Define key metrics with managers and document how each one is calculated
- Find trends in labor productivity and shipping costs
- Automate recurring Excel reports
- Check data quality and fix problems with the IT team

### Schedule and pay

Hybrid, with Tuesdays and Thursdays in the downtown Louisville office. Paid weekly through Amtec,
with a planned move to a salaried role after four to six months.
""",
        "requirements": """\
- Bachelor's degree in business analytics, statistics, IT or a related field
- 2+ years of data analysis experience
- Strong SQL skills
- Power BI or Tableau dashboards
- Advanced Excel skills
- Python or R is a plus
""",
        "client_name": "Ohio Falls Fulfillment",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 22,
        "expires_in_days": -3,
    },
    {
        "title": "Desktop Support Technician \u2013 Windows 11 Refresh",
        "category": "it",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45431",
        "pay_min": 24,
        "pay_max": 24,
        "pay_period": "hour",
        "summary": (
            "Help a Dayton engineering company replace 350 laptops and move everyone to Windows "
            "11. Temporary project of about ten weeks, paid weekly."
        ),
        "description": """\
A Dayton engineering services company is replacing its laptops and desktops and moving all staff
to Windows 11. Amtec is building a small project team of desktop technicians for about ten weeks,
working alongside the company's own IT staff.

### What you'll do

- Image and configure new laptops with Microsoft Intune and Autopilot
- Move user data and settings from old devices to new ones
- Meet with employees to hand over devices and answer questions
- Set up docking stations, monitors and printers
- Track every asset in the inventory system
- Wipe and prepare old equipment for recycling

### Schedule and pay

Monday to Friday, 7:00 a.m. to 3:30 p.m., with a few Saturdays for departments that cannot be
interrupted during the week. A fixed rate of $24 per hour, paid weekly, with time and a half over
40 hours.
""",
        "requirements": """\
- 1+ year of desktop support or computer repair experience
- Imaging and configuring Windows devices
- CompTIA A+ preferred
- Able to lift 40 pounds and move equipment on carts
- Able to pass a background check
""",
        "client_name": "Huffman Prairie Flight Systems",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 4,
        "expires_in_days": 5,
    },
    {
        "title": "Full Stack Developer (Django/React)",
        "category": "it",
        "employment_type": "contract",
        "workplace": "remote",
        "city": "Raleigh",
        "state": "NC",
        "postal_code": "27601",
        "pay_min": 65,
        "pay_max": 78,
        "pay_period": "hour",
        "summary": (
            "Build features for a clinical trial analytics platform with Django and React. Remote "
            "nine-month contract with a Raleigh-based product team."
        ),
        "description": """\
Longleaf Clinical Analytics makes software that helps research sites track patients and data in
clinical trials. The product team is based in Raleigh and works remotely most of the time. You
will join a squad of four developers and a product designer to deliver a new reporting module. The
team ships every two weeks, and developers own their features from design review to release.

### What you'll do

- Build REST APIs with Django and Django REST Framework
- Create responsive React and TypeScript interfaces from Figma designs
- Write unit and end-to-end tests
- Take part in sprint planning, code reviews and demos
- Make sure features meet accessibility standards (WCAG 2.1 AA)
- Work with QA to fix defects before each release

### Schedule and pay

Remote, with core collaboration hours from 10:00 a.m. to 3:00 p.m. Eastern. Nine-month contract,
paid weekly through Amtec.
""",
        "requirements": """\
- 4+ years of full stack web development
- Strong Python, Django and React skills
- PostgreSQL and REST API design
- Familiarity with HIPAA or other regulated environments is a plus
- Clear written communication for a remote team
""",
        "client_name": "Longleaf Clinical Analytics",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 26,
        "expires_in_days": 30,
    },
    {
        "title": "Cybersecurity Analyst",
        "category": "it",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Huntsville",
        "state": "AL",
        "postal_code": "35801",
        "pay_min": 98000,
        "pay_max": 120000,
        "pay_period": "year",
        "summary": (
            "Monitor, investigate and respond to security events for a Huntsville defense "
            "electronics company. Confidential search; Security+ required."
        ),
        "description": """\
A Huntsville defense company is building out its security operations team to meet growing CMMC
and NIST 800-171 requirements. You will protect engineering networks that handle controlled
unclassified information. The employer's name is kept confidential until the interview stage.

### What you'll do

- Monitor SIEM alerts in Splunk and investigate suspicious activity
- Lead incident response from triage through lessons learned
- Run vulnerability scans and track fixes with system owners
- Help prepare evidence for CMMC assessments
- Review firewall, endpoint and identity logs for risks
- Write clear security procedures and train staff on safe habits

### Schedule

Hybrid, with three days a week on site in Huntsville and a shared on-call rotation.

### Benefits

Medical, dental and vision, a 401(k) with a 6% match, 15 days of PTO, paid certifications and a
9/80 schedule option.
""",
        "requirements": """\
- Bachelor's degree in cybersecurity, IT or a related field
- 3+ years in a security operations or IT security role
- CompTIA Security+ required (DoD 8140 baseline)
- Splunk or another SIEM
- Knowledge of NIST 800-171 and CMMC
- US citizenship and the ability to obtain a Secret clearance
""",
        "client_name": "Larkspur Avionics",
        "confidential": True,
        "featured": False,
        "status": "closed",
        "posted_days_ago": 55,
        "expires_in_days": None,
    },
    {
        "title": "SAP Business Systems Analyst",
        "category": "it",
        "employment_type": "direct_hire",
        "workplace": "remote",
        "city": "Chicago",
        "state": "IL",
        "postal_code": "60601",
        "pay_min": 105000,
        "pay_max": 125000,
        "pay_period": "year",
        "summary": (
            "Support and improve SAP S/4HANA for a Chicago metal fabrication company. Remote role "
            "with quarterly visits to the plant."
        ),
        "description": """\
A family-owned metal fabrication and steel service company in Chicago finished moving to SAP
S/4HANA last year. Now it needs an analyst who can support users, fix problems and improve
processes across purchasing, production and finance.

### What you'll do

- Support users in the MM, PP and SD modules and resolve tickets
- Gather requirements from plant and office teams and write functional specs
- Configure SAP changes and test them before release
- Work with the company's SAP partner on larger enhancements
- Build reports and train users on new features
- Keep master data standards and clean-up efforts on track

### Schedule

Remote, with one visit a quarter to the Chicago plant. Most users work 7:00 a.m. to 4:00 p.m.
Central time.

### Benefits

Medical, dental and vision, a 401(k) with a 4% match and profit sharing, 18 days of PTO and an
annual bonus.
""",
        "requirements": """\
- Bachelor's degree in information systems, business or engineering
- 4+ years of SAP ECC or S/4HANA experience
- Hands-on configuration in MM or PP
- Manufacturing industry experience
- Strong analytical and communication skills
""",
        "client_name": "Archer Avenue Metal Fabricators",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 35,
        "expires_in_days": 50,
    },
    # Manufacturing & skilled trades
    {
        "title": "CNC Machinist \u2013 2nd Shift",
        "category": "manufacturing",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45414",
        "pay_min": 24,
        "pay_max": 31,
        "pay_period": "hour",
        "summary": (
            "Set up and run CNC mills and lathes making aerospace and medical parts in Dayton. "
            "Second shift, direct hire, with a shift premium and full benefits."
        ),
        "description": """\
Miami Valley Precision Components is a 90-person machine shop in north Dayton making
tight-tolerance parts for aerospace, medical and defense customers. The shop runs modern CNC
equipment and invests in training its machinists.

### What you'll do

- Set up and run 3- and 5-axis CNC mills and CNC lathes
- Read blueprints and apply GD&T to plan your setups
- Edit programs at the machine and adjust offsets to hold tolerances of +/-0.0005 inch
- Check your parts with micrometers, bore gauges and height gauges
- Record first-piece and in-process inspections
- Keep your machine and work area clean and maintained

### Schedule

Second shift, Monday to Friday, 2:30 p.m. to 11:00 p.m., with a $1.50 per hour shift premium
included in the pay range.

### Benefits

Medical, dental and vision from the first of the month after hire, a 401(k) with a 4% match, two
weeks of PTO, paid holidays and a tool allowance.
""",
        "requirements": """\
- 3+ years of CNC machining experience, including your own setups
- Strong blueprint reading and measurement skills
- Fanuc or Haas controls
- Able to stand for a full shift and lift 50 pounds
- High school diploma or GED; a machining certificate or NIMS credentials are a plus
""",
        "client_name": "Miami Valley Precision Components",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 1,
        "expires_in_days": 30,
    },
    {
        "title": "CNC Programmer (Mastercam)",
        "category": "manufacturing",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Cincinnati",
        "state": "OH",
        "postal_code": "45215",
        "pay_min": 31,
        "pay_max": 38,
        "pay_period": "hour",
        "summary": (
            "Write and prove out Mastercam programs for mills and lathes at a Cincinnati gear "
            "and machine shop. Direct hire on first shift."
        ),
        "description": """\
A Cincinnati machine shop that makes gears, shafts and housings for industrial equipment is adding
a CNC programmer to keep up with new work. You will work closely with the lead machinists, the
manufacturing engineers and the quality team.

### What you'll do

- Program 3-, 4- and 5-axis mills and lathes with Mastercam
- Choose tools, workholding and cutting parameters for new jobs
- Prove out new programs at the machine with operators
- Improve existing programs to reduce cycle time and tool wear
- Build setup sheets and tool lists
- Manage the program library and revisions

### Schedule

First shift, 6:00 a.m. to 2:30 p.m., Monday to Friday, with occasional Saturday overtime.

### Benefits

Medical, dental and vision, a 401(k) with a match, two weeks of PTO after 90 days, paid holidays
and a quarterly attendance bonus.
""",
        "requirements": """\
- 4+ years of CNC programming experience
- Advanced Mastercam skills (Mill and Lathe)
- Hands-on CNC setup and machining experience
- Strong GD&T and blueprint reading
- SolidWorks or NX modeling experience is a plus
""",
        "client_name": "Sharon Woods Gear & Machine",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 15,
        "expires_in_days": None,
    },
    {
        "title": "Industrial Maintenance Technician",
        "category": "manufacturing",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46241",
        "pay_min": 31,
        "pay_max": 38,
        "pay_period": "hour",
        "summary": (
            "Keep packaging lines and process equipment running at an Indianapolis food plant. "
            "Contract-to-hire, with a shift differential for nights."
        ),
        "description": """\
A food manufacturer in Indianapolis that makes sauces and dressings for grocery and restaurant
customers needs maintenance technicians on several shifts. The plant has modern filling and
packaging lines and a strong preventive maintenance program. Technicians get paid training on the
plant's equipment, and the maintenance team is known for sharing knowledge across shifts.

### What you'll do

- Troubleshoot electrical, mechanical, hydraulic and pneumatic problems
- Perform preventive maintenance on fillers, cappers, labelers and conveyors
- Read electrical schematics and trace PLC inputs and outputs
- Rebuild pumps, gearboxes and motors
- Record work orders in the maintenance system (CMMS)
- Follow lockout/tagout and food safety rules at all times

### Schedule and pay

Openings on days and nights, with 12-hour shifts on a rotating 2-2-3 schedule. Nights pay a $2 per
hour differential. Paid weekly through Amtec, with direct hire after 90 days.
""",
        "requirements": """\
- 3+ years of industrial maintenance in a manufacturing plant
- Strong electrical troubleshooting skills (480V three-phase)
- Allen-Bradley PLC experience
- Welding and fabrication skills are a plus
- Able to work either shift and weekends on rotation
""",
        "client_name": "Fall Creek Provisions",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 3,
        "expires_in_days": 20,
    },
    {
        "title": "MIG Welder \u2013 1st Shift",
        "category": "manufacturing",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Chicago",
        "state": "IL",
        "postal_code": "60638",
        "pay_min": 23,
        "pay_max": 27,
        "pay_period": "hour",
        "summary": (
            "MIG weld steel frames and brackets at a fabrication shop on Chicago's Southwest Side. "
            "Temporary assignment with overtime and weekly pay."
        ),
        "description": """\
A Chicago metal fabricator needs MIG welders for a large order of steel frames and equipment
bases. The assignment is expected to last about three months and could turn into a permanent
position for welders who show up and do quality work. The shop is clean, well lit and ventilated,
and supervisors are welders themselves.

### What you'll do

- MIG weld carbon steel in flat, horizontal and vertical positions
- Read blueprints and weld symbols
- Fit up parts with fixtures, clamps and tack welds
- Grind and clean welds to meet quality standards
- Check dimensions with tape measures and squares
- Follow shop safety rules and wear the right PPE

### Schedule and pay

First shift, 6:00 a.m. to 2:30 p.m., Monday to Friday, with up to 10 hours of overtime a week.
Paid weekly, with time and a half over 40 hours.
""",
        "requirements": """\
- 2+ years of MIG welding experience in a production shop
- Able to pass a weld test
- Able to read blueprints and weld symbols
- AWS D1.1 certification is a plus
- Steel-toe boots required
""",
        "client_name": "Archer Avenue Metal Fabricators",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 10,
        "expires_in_days": 12,
    },
    {
        "title": "Production Associate \u2013 Food Manufacturing",
        "category": "manufacturing",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46241",
        "pay_min": 18,
        "pay_max": 18,
        "pay_period": "hour",
        "summary": (
            "Pack, label and inspect food products on busy production lines in Indianapolis. "
            "Temporary work starting this week, no experience needed."
        ),
        "description": """\
A food plant on the southwest side of Indianapolis is hiring production associates for its
packaging lines. It is a good fit if you like steady, active work and want to start quickly.
Training is provided on your first day, and strong associates are often offered permanent jobs.

### What you'll do

- Pack bottles and pouches into cases and build pallets
- Watch the line and remove damaged or mislabeled products
- Keep the line supplied with labels, caps and cases
- Clean and sanitize equipment at the end of each run
- Follow good manufacturing practices and food safety rules
- Work as a team to hit hourly production goals

### Schedule and pay

First shift (6:00 a.m. to 2:30 p.m.) and second shift (2:30 p.m. to 11:00 p.m.), Monday to Friday,
with some Saturdays. A fixed rate of $18 per hour, paid weekly by direct deposit or pay card.
""",
        "requirements": """\
- Able to stand for eight hours and lift 35 pounds repeatedly
- Comfortable in a cool environment (about 40 degrees F in some areas)
- Reliable transportation
- Able to follow instructions and safety rules
- Able to pass a drug screen
""",
        "client_name": "Fall Creek Provisions",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 0,
        "expires_in_days": 7,
    },
    {
        "title": "Injection Molding Process Technician \u2013 3rd Shift",
        "category": "manufacturing",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Fort Wayne",
        "state": "IN",
        "postal_code": "46803",
        "pay_min": 26,
        "pay_max": 32,
        "pay_period": "hour",
        "summary": (
            "Set molds and fine-tune processes on injection molding presses for a confidential "
            "Fort Wayne plastics manufacturer. Direct hire on third shift."
        ),
        "description": """\
A plastics manufacturer in Fort Wayne that molds parts for the automotive and appliance industries
is adding a process technician. The plant runs 30 presses from 85 to 700 tons. The company has
asked Amtec to keep its name confidential until interviews.

### What you'll do

- Hang molds and change over presses, robots and auxiliary equipment
- Start up processes and adjust settings to make good parts
- Troubleshoot defects such as short shots, sink, flash and warp
- Document process sheets and every change you make
- Train operators and material handlers on quality checks
- Work with maintenance and tooling on mold and press problems

### Schedule

Third shift, 11:00 p.m. to 7:00 a.m., Sunday night to Thursday night, with a shift premium.

### Benefits

Medical, dental and vision, a 401(k) with a match, PTO and paid holidays, and paid scientific
molding training.
""",
        "requirements": """\
- 2+ years as an injection molding process technician
- Hydraulic and all-electric presses
- Scientific (decoupled) molding knowledge
- Able to use hoists and cranes safely
- Basic computer skills for process documentation
""",
        "client_name": "Spy Run Molded Plastics",
        "confidential": True,
        "featured": False,
        "status": "open",
        "posted_days_ago": 19,
        "expires_in_days": 40,
    },
    {
        "title": "Journeyman Electrician \u2013 Industrial Construction",
        "category": "manufacturing",
        "employment_type": "contract",
        "workplace": "onsite",
        "city": "Phoenix",
        "state": "AZ",
        "postal_code": "85009",
        "pay_min": 34,
        "pay_max": 40,
        "pay_period": "hour",
        "summary": (
            "Commercial and industrial electrical work on a large Phoenix-area plant build. "
            "Long-term contract with overtime and weekly pay."
        ),
        "description": """\
A Phoenix electrical contractor is staffing up for a large manufacturing plant construction
project in the West Valley. The work is expected to last 12 to 18 months. You will work in crews
led by a foreman, installing power, lighting and controls. Crews are steady, the site has strong
safety leadership and there is room to move up to lead or foreman.

### What you'll do

- Install conduit, cable tray and wire in commercial and industrial settings
- Terminate and test power and control wiring
- Set and wire panels, transformers and disconnects
- Read blueprints and follow the National Electrical Code
- Mentor apprentices on your crew
- Follow site safety rules, including fall protection and lockout/tagout

### Schedule and pay

Early starts to beat the heat: four 10-hour days, 5:00 a.m. to 3:30 p.m., with overtime on some
weekends. Paid weekly by Amtec, with medical plans available.
""",
        "requirements": """\
- Journeyman card, or 4+ years of documented apprenticeship and field hours
- Commercial or industrial electrical experience
- OSHA 10 card (OSHA 30 preferred)
- Your own hand tools
- Valid driver's license and reliable transportation
- Able to pass a drug screen
""",
        "client_name": "Copper Mesa Electric",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 28,
        "expires_in_days": None,
    },
    {
        "title": "Quality Inspector (CMM) \u2013 3rd Shift",
        "category": "manufacturing",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Greenville",
        "state": "SC",
        "postal_code": "29605",
        "pay_min": 23,
        "pay_max": 27,
        "pay_period": "hour",
        "summary": (
            "Inspect stamped and welded automotive parts with a CMM and gauges on third shift. "
            "Contract-to-hire in Greenville with a shift premium."
        ),
        "description": """\
Our client makes stamped and welded seating structures for automotive assembly plants in the
Southeast. The quality team on third shift checks parts from the press and weld lines so problems
are caught before anything ships. New inspectors train on day shift for two weeks before moving to
nights.

### What you'll do

- Run CMM programs and check parts against the drawing
- Perform in-process audits on stamping and robotic weld cells
- Use check fixtures, calipers and go/no-go gauges
- Hold and tag suspect parts and notify the shift supervisor
- Record results in the quality system and on SPC charts
- Help with containment and customer complaints

### Schedule and pay

Third shift, 10:30 p.m. to 7:00 a.m., Sunday night to Thursday night. Paid weekly through Amtec,
including a shift premium, with direct hire after 90 days.
""",
        "requirements": """\
- 1+ year of quality inspection in manufacturing, automotive preferred
- CMM experience (PC-DMIS or Calypso)
- Able to read blueprints and basic GD&T
- Basic computer skills for data entry
- IATF 16949 awareness is a plus
""",
        "client_name": "Reedy Falls Automotive Systems",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 41,
        "expires_in_days": -1,
    },
    {
        "title": "Production Supervisor",
        "category": "manufacturing",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Toledo",
        "state": "OH",
        "postal_code": "43605",
        "pay_min": 72000,
        "pay_max": 85000,
        "pay_period": "year",
        "summary": (
            "Lead a shift of 35 operators at a Toledo glass container plant. Direct hire with a "
            "yearly bonus and full benefits."
        ),
        "description": """\
A glass container manufacturer in east Toledo makes bottles and jars for food and beverage brands.
The plant runs around the clock, and it needs a production supervisor who can lead people, keep
the lines safe and hit quality and output goals.

### What you'll do

- Lead a shift of about 35 operators, technicians and material handlers
- Run start-of-shift meetings and shift hand-offs
- Track production, scrap and downtime, and act on problems quickly
- Coach, train and hold team members accountable
- Support safety programs and lead incident investigations
- Work with maintenance, quality and engineering on improvements

### Schedule

12-hour rotating shifts on a 2-2-3 schedule, with training on days for the first month.

### Benefits

Medical, dental and vision, a 401(k) with a 5% match, three weeks of PTO and a yearly bonus based
on plant performance.
""",
        "requirements": """\
- 3+ years of supervisory experience in manufacturing
- Experience in a 24/7, high-speed production environment
- Lean tools such as 5S, standard work and root-cause analysis
- OSHA 10 or OSHA 30 preferred
- Bachelor's degree preferred, or equivalent experience
- Strong computer skills, including Excel
""",
        "client_name": "Maumee Bay Glass Works",
        "confidential": False,
        "featured": False,
        "status": "filled",
        "posted_days_ago": 50,
        "expires_in_days": None,
    },
    # Accounting & finance
    {
        "title": "Staff Accountant",
        "category": "accounting-finance",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Cincinnati",
        "state": "OH",
        "postal_code": "45202",
        "pay_min": 62000,
        "pay_max": 72000,
        "pay_period": "year",
        "summary": (
            "Handle month-end close, reconciliations and journal entries for a growing Cincinnati "
            "accounting firm. Hybrid schedule, direct hire, CPA exam support."
        ),
        "description": """\
Queen City Ledger Group provides outsourced accounting and CFO services to small and mid-sized
businesses in the Cincinnati area. Each staff accountant handles a group of client companies, so
the work is varied and you will learn quickly.

### What you'll do

- Prepare monthly closes for a portfolio of client companies
- Post journal entries and reconcile bank, credit card and balance sheet accounts
- Prepare financial statements and review them with a senior accountant
- Run accounts payable and accounts receivable for some clients
- Help with year-end audit and tax preparation
- Suggest process improvements and automation

### Schedule

Hybrid: three days in the downtown office and two from home. Expect longer hours in January and
February.

### Benefits

Medical, dental and vision, a 401(k) with a 4% match, 18 days of PTO, paid CPA exam fees and study
time, and a bonus when you pass each section.
""",
        "requirements": """\
- Bachelor's degree in accounting
- 1 to 3 years of accounting experience in public accounting or industry
- QuickBooks Online and Excel (pivot tables, XLOOKUP)
- Solid knowledge of GAAP
- Working toward a CPA license is a plus
""",
        "client_name": "Queen City Ledger Group",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 2,
        "expires_in_days": 30,
    },
    {
        "title": "Accounts Payable Specialist",
        "category": "accounting-finance",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Columbus",
        "state": "OH",
        "postal_code": "43219",
        "pay_min": 21,
        "pay_max": 24,
        "pay_period": "hour",
        "summary": (
            "Process invoices and vendor payments for a Columbus insurance company during a "
            "systems change. Temporary, about three months, weekly pay."
        ),
        "description": """\
A Columbus insurance company is moving to a new accounting system and needs extra help in accounts
payable for about three months. You will work with a friendly team of four AP clerks and the AP
supervisor, and you will help make the switch to the new system go smoothly. The supervisor is
patient with questions and will train you on the company's approval rules.

### What you'll do

- Enter and code vendor invoices and match them to purchase orders
- Process check, ACH and wire payments
- Answer vendor calls and emails about payment status
- Reconcile vendor statements and resolve differences
- Help test the new system and clean up vendor records
- Keep files organized for the auditors

### Schedule and pay

Monday to Friday, 8:00 a.m. to 4:30 p.m., on site in the east Columbus office with free parking.
Paid weekly through Amtec.
""",
        "requirements": """\
- 2+ years of accounts payable experience
- High-volume data entry with strong accuracy
- Experience with an ERP system; Oracle or Workday is a plus
- Intermediate Excel skills
- Good phone and email manners
""",
        "client_name": "Alum Creek Mutual Insurance",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 6,
        "expires_in_days": 3,
    },
    {
        "title": "Senior Tax Accountant (CPA)",
        "category": "accounting-finance",
        "employment_type": "contract",
        "workplace": "remote",
        "city": "Chicago",
        "state": "IL",
        "postal_code": "60601",
        "pay_min": 60,
        "pay_max": 75,
        "pay_period": "hour",
        "summary": (
            "Prepare and review business and individual tax returns for a Chicago CPA firm. "
            "Remote six-month contract covering the firm's busiest season, paid weekly."
        ),
        "description": """\
A Chicago CPA firm with a large base of closely held businesses needs an experienced tax
accountant for a six-month contract. The tax team works remotely, with reviews and coaching done
over video, and partners who answer questions quickly. Most clients are manufacturers, real estate
groups and professional practices in the Midwest.

### What you'll do

- Prepare and review partnership, S corporation and C corporation returns
- Prepare individual returns for business owners, including multistate filings
- Research tax questions and write clear memos
- Review work by junior staff and give helpful feedback
- Talk with clients about missing information and planning ideas
- Track deadlines and extensions in the practice management system

### Schedule and pay

Remote, 40 to 50 hours a week during peak weeks, on Central time. Paid weekly through Amtec at an
hourly rate, with overtime paid after 40 hours.
""",
        "requirements": """\
- Active CPA license
- 5+ years of public accounting tax experience
- Strong knowledge of pass-through entity taxation
- CCH Axcess, UltraTax or a similar tax program
- Reliable home office setup and internet connection
""",
        "client_name": "Lakefront Ledger Partners",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 13,
        "expires_in_days": 30,
    },
    {
        "title": "Controller \u2013 Manufacturing",
        "category": "accounting-finance",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45414",
        "pay_min": 125000,
        "pay_max": 145000,
        "pay_period": "year",
        "summary": (
            "Lead accounting and financial reporting for a confidential Dayton-area manufacturer "
            "with about $80 million in sales. Direct hire with a bonus."
        ),
        "description": """\
A privately held manufacturer in the Dayton area is looking for a controller to lead its
accounting team. The company has grown quickly through new products and one acquisition, and the
owners want stronger reporting and cost accounting. The search is confidential, and the company
name will be shared in the first interview.

### What you'll do

- Lead the monthly close and deliver accurate financial statements within eight business days
- Manage a team of five, including the accounting manager and the cost accountant
- Own budgeting, forecasting and cash flow planning with the CFO
- Improve standard costing and inventory accounting
- Coordinate the annual audit and work with outside tax advisers
- Strengthen internal controls and ERP reporting

### Benefits

Medical, dental and vision, a 401(k) with a 6% match, four weeks of PTO, an annual bonus of up to
20% and a flexible start time.
""",
        "requirements": """\
- Bachelor's degree in accounting or finance
- CPA required
- 8+ years of progressive accounting experience, with 3+ in manufacturing
- Standard costing and inventory accounting
- Strong ERP and Excel skills (Epicor or SAP preferred)
- Experience leading and developing a team
""",
        "client_name": "Stillwater Motion Controls",
        "confidential": True,
        "featured": False,
        "status": "open",
        "posted_days_ago": 24,
        "expires_in_days": None,
    },
    {
        "title": "Payroll Specialist",
        "category": "accounting-finance",
        "employment_type": "contract_to_hire",
        "workplace": "remote",
        "city": "Nashville",
        "state": "TN",
        "postal_code": "37203",
        "pay_min": 26,
        "pay_max": 30,
        "pay_period": "hour",
        "summary": (
            "Run multistate biweekly payroll for about 1,200 employees at a senior living "
            "company. Remote, contract-to-hire, with a Nashville-based team."
        ),
        "description": """\
A Nashville senior living company with communities in four states needs a payroll specialist to
join its small central payroll team. Most of the workforce is hourly, with shift differentials and
overtime, so accuracy and care matter. You will report to the payroll manager and work closely
with HR and community business offices.

### What you'll do

- Process biweekly payroll for about 1,200 employees in four states
- Review time and attendance data and fix missed punches with managers
- Calculate shift differentials, overtime and bonuses
- Handle garnishments, benefit deductions and state tax setup
- Answer employee payroll questions by phone and email
- Help with quarterly and year-end filings, including W-2s

### Schedule and pay

Remote, Monday to Friday, 8:00 a.m. to 5:00 p.m. Central, with some longer days in payroll weeks.
Paid weekly through Amtec, with direct hire after 90 days.
""",
        "requirements": """\
- 3+ years of multistate payroll processing
- ADP Workforce Now, Paylocity or UKG
- Strong knowledge of FLSA overtime rules
- Certified Payroll Professional (CPP) or Fundamental Payroll Certification (FPC) preferred
- Quiet home workspace and high-speed internet
""",
        "client_name": "Sweetgum Hollow Senior Living",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 30,
        "expires_in_days": 45,
    },
    {
        "title": "Financial Analyst (FP&A)",
        "category": "accounting-finance",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Atlanta",
        "state": "GA",
        "postal_code": "30303",
        "pay_min": 78000,
        "pay_max": 92000,
        "pay_period": "year",
        "summary": (
            "Build budgets, forecasts and business cases for a fast-growing Atlanta logistics "
            "company. Hybrid schedule, direct hire."
        ),
        "description": """\
An Atlanta third-party logistics company with warehouses and truck fleets across the Southeast is
building out its financial planning and analysis team. You will help leaders understand the
numbers behind each site and customer, and your models will shape decisions on pricing and new
locations.

### What you'll do

- Build the annual budget and monthly forecasts with site leaders
- Compare results with budget and explain the variances
- Create customer and site profitability models
- Prepare board and leadership presentations
- Model new warehouses, equipment purchases and pricing changes
- Improve reports and dashboards in Excel and Power BI

### Schedule

Hybrid, with three days a week in the downtown Atlanta office.

### Benefits

Medical, dental and vision, a 401(k) with a 4% match, 15 days of PTO, an annual bonus and a paid
day off for your birthday.
""",
        "requirements": """\
- Bachelor's degree in finance, accounting or economics
- 2 to 4 years of FP&A or corporate finance experience
- Advanced Excel and financial modeling skills
- Power BI, Tableau or similar tools
- Logistics or transportation experience is a plus
""",
        "client_name": "Chattahoochee Bend Logistics",
        "confidential": False,
        "featured": False,
        "status": "closed",
        "posted_days_ago": 58,
        "expires_in_days": None,
    },
    {
        "title": "Bookkeeper (QuickBooks) \u2013 Part-Time",
        "category": "accounting-finance",
        "employment_type": "temporary",
        "workplace": "remote",
        "city": "Lexington",
        "state": "KY",
        "postal_code": "40507",
        "pay_min": 25,
        "pay_max": 25,
        "pay_period": "hour",
        "summary": (
            "Part-time remote bookkeeper for a Lexington family medicine practice, about 20 hours "
            "a week. Temporary while the office manager is on leave."
        ),
        "description": """\
A family medicine practice with three clinics in Lexington needs part-time bookkeeping help while
its office manager is on leave for about four months. The work can be done remotely, with a visit
to the main clinic on your first day to pick up a laptop and set up access. The practice's outside
CPA firm is available to answer accounting questions.

### What you'll do

- Enter bills and deposits in QuickBooks Online
- Reconcile bank and credit card accounts each month
- Match insurance payments to bank deposits
- Prepare hours and bonus reports for the outside payroll service
- Send monthly reports to the physician owners
- Keep receipts and records organized

### Schedule and pay

About 20 hours a week, with flexible hours between 8:00 a.m. and 6:00 p.m. Eastern. A fixed rate
of $25 per hour, paid weekly through Amtec.
""",
        "requirements": """\
- 3+ years of bookkeeping experience
- Strong QuickBooks Online skills; QuickBooks ProAdvisor certification is a plus
- Medical practice or insurance payment experience preferred
- Able to protect private patient and financial information
- Reliable computer and internet connection
""",
        "client_name": "Limestone Ridge Family Clinics",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 44,
        "expires_in_days": None,
    },
    {
        "title": "Cost Accountant",
        "category": "accounting-finance",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46241",
        "pay_min": 70000,
        "pay_max": 82000,
        "pay_period": "year",
        "summary": (
            "Own standard costs, inventory valuation and plant reporting at an Indianapolis food "
            "manufacturing plant. Direct hire with full benefits."
        ),
        "description": """\
A growing food manufacturer needs a cost accountant at its largest plant, on the southwest side of
Indianapolis. You will be the finance partner for the plant manager and the production team, and
you will report to the corporate controller. The plant runs three shifts and is adding a new
production line next year.

### What you'll do

- Maintain standard costs and bills of materials with operations
- Reconcile inventory and lead monthly and year-end physical counts
- Analyze production variances, yield and scrap
- Prepare plant financial reports and explain results to leaders
- Support capital project analysis and track spending
- Help build the annual plant budget

### Schedule

Monday to Friday, on site at the plant, with some flexibility on start time.

### Benefits

Medical, dental and vision, a 401(k) with a 5% match, 15 days of PTO, paid holidays and a yearly
bonus.
""",
        "requirements": """\
- Bachelor's degree in accounting or finance
- 3+ years of cost accounting in manufacturing
- Strong Excel skills and an ERP system (SAP, NetSuite or similar)
- Inventory accounting and standard costing
- CMA or CPA is a plus
""",
        "client_name": "Fall Creek Provisions",
        "confidential": False,
        "featured": False,
        "status": "draft",
        "posted_days_ago": 1,
        "expires_in_days": None,
    },
    # Administrative & office
    {
        "title": "Administrative Assistant",
        "category": "administrative",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45431",
        "pay_min": 19,
        "pay_max": 21,
        "pay_period": "hour",
        "summary": (
            "Support a busy engineering office in Dayton with scheduling, travel and document "
            "control. Temporary, about three months, starting right away."
        ),
        "description": """\
An engineering services company near Wright-Patterson Air Force Base needs an administrative
assistant to cover a leave of absence for about three months. You will support program managers
and engineers and keep the front office running smoothly. The team is welcoming and will walk you
through its systems during your first week. The office is small and friendly, with about 40 people
on site.

### What you'll do

- Manage calendars and schedule meetings for program managers
- Book travel and process expense reports
- Greet visitors and follow the building's access procedures
- Format reports, slides and spreadsheets
- Order office supplies and track invoices
- Keep files and document logs up to date

### Schedule and pay

Monday to Friday, 8:00 a.m. to 4:30 p.m. Paid weekly through Amtec, with a good chance of
extension if another project needs support.
""",
        "requirements": """\
- 2+ years of administrative or office experience
- Strong Outlook, Word, Excel and PowerPoint skills
- Professional phone and email manner
- US citizenship and a background check for facility access
- Associate degree is a plus
""",
        "client_name": "Huffman Prairie Flight Systems",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 0,
        "expires_in_days": 14,
    },
    {
        "title": "Medical Office Receptionist",
        "category": "administrative",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Cincinnati",
        "state": "OH",
        "postal_code": "45219",
        "pay_min": 17,
        "pay_max": 19,
        "pay_period": "hour",
        "summary": (
            "Greet patients, check them in and schedule appointments at a busy Cincinnati clinic. "
            "Temporary role with weekly pay and a chance to go permanent."
        ),
        "description": """\
A multispecialty clinic in Cincinnati's Uptown neighborhood needs a front desk receptionist. The
clinic sees about 120 patients a day, and a front desk team of five keeps everything on schedule
and makes every patient feel welcome. You will get a week of side-by-side training before you run
a check-in station on your own.

### What you'll do

- Greet patients and visitors warmly and check them in
- Verify insurance and collect copays
- Schedule and reschedule appointments in the electronic health record
- Answer phones and route messages to nurses and providers
- Scan documents and keep patient information private
- Keep the waiting area neat and welcoming

### Schedule and pay

Monday to Friday, 7:30 a.m. to 4:00 p.m. Paid weekly through Amtec. Many temporary receptionists
at this clinic have been hired permanently.
""",
        "requirements": """\
- High school diploma or GED
- 1+ year of customer service or front desk experience
- Medical office experience preferred; Epic is a plus
- Comfortable with computers and multi-line phones
- Friendly, calm and organized
""",
        "client_name": "Ohio Riverbend Health Partners",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 9,
        "expires_in_days": None,
    },
    {
        "title": "Executive Assistant to the CEO",
        "category": "administrative",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Charlotte",
        "state": "NC",
        "postal_code": "28202",
        "pay_min": 70000,
        "pay_max": 82000,
        "pay_period": "year",
        "summary": (
            "Confidential opportunity to support the CEO of a Charlotte financial services "
            "company. Direct hire with a bonus and full benefits."
        ),
        "description": """\
A Charlotte financial services company is looking for an experienced executive assistant to
support its CEO and the executive team. The role calls for discretion, good judgment and the
confidence to manage a fast-moving calendar. The company has asked that its name stay
confidential until interviews.

### What you'll do

- Manage the CEO's calendar, email and priorities
- Plan board meetings, leadership offsites and travel
- Prepare presentations, agendas and meeting notes
- Handle confidential information with care
- Act as a link between the CEO, the leadership team and key clients
- Manage special projects and follow up on action items

### Schedule

Monday to Friday, on site in Uptown Charlotte, with some evening availability for travel and
events.

### Benefits

Medical, dental and vision, a 401(k) with a 5% match, 20 days of PTO, an annual bonus and paid
parking.
""",
        "requirements": """\
- 5+ years of experience supporting C-level executives
- Advanced Outlook, Word, Excel and PowerPoint skills
- Excellent written communication and organization
- Experience planning board meetings and events
- Bachelor's degree preferred
""",
        "client_name": "Queens Road Benefits Administration",
        "confidential": True,
        "featured": False,
        "status": "open",
        "posted_days_ago": 5,
        "expires_in_days": 30,
    },
    {
        "title": "Data Entry Clerk \u2013 Remote",
        "category": "administrative",
        "employment_type": "temporary",
        "workplace": "remote",
        "city": "Columbus",
        "state": "OH",
        "postal_code": "43219",
        "pay_min": 18,
        "pay_max": 18,
        "pay_period": "hour",
        "summary": (
            "Enter and check policy information from scanned forms for a Columbus insurance "
            "company. Remote temporary work for about eight weeks, open to Ohio residents."
        ),
        "description": """\
A Columbus insurance company is digitizing older policy files and needs data entry clerks for
about eight weeks. You will work from home on a company laptop and join a short video meeting with
the team each morning. A team lead is available by chat all day for questions. Accuracy matters
more than speed, and the team celebrates clean work.

### What you'll do

- Enter information from scanned applications and policy forms
- Check your entries against the source documents
- Flag missing or unreadable information for review
- Meet daily accuracy and volume goals
- Protect private customer information at all times
- Share feedback to help improve the process

### Schedule and pay

Monday to Friday, 8:00 a.m. to 4:30 p.m. Eastern. A fixed rate of $18 per hour, paid weekly. The
company ships your laptop and headset before your first day.
""",
        "requirements": """\
- Typing speed of 45+ words per minute with high accuracy
- 6+ months of data entry or office experience
- Quiet home workspace and high-speed internet
- Basic computer skills, including Excel
- Must live in Ohio
""",
        "client_name": "Alum Creek Mutual Insurance",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 16,
        "expires_in_days": 10,
    },
    {
        "title": "Office Manager",
        "category": "administrative",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Grand Rapids",
        "state": "MI",
        "postal_code": "49503",
        "pay_min": 55000,
        "pay_max": 62000,
        "pay_period": "year",
        "summary": (
            "Keep a Grand Rapids commercial furniture dealer running smoothly, from billing "
            "support to facilities and HR paperwork. Direct hire."
        ),
        "description": """\
A Grand Rapids commercial furniture dealer with 45 employees needs an office manager who likes
variety. You will be the go-to person for the office, support the owners and keep administrative
work organized while the company grows. The owners are approachable and value someone who spots
problems early and fixes them.

### What you'll do

- Manage office operations, vendors, supplies and facilities
- Process new hire paperwork and keep personnel files current
- Support billing and collections with the accounting team
- Plan company events and customer showroom visits
- Oversee the receptionist and the administrative assistant
- Keep office policies and procedures up to date

### Schedule

Monday to Friday, 8:00 a.m. to 5:00 p.m., on site downtown.

### Benefits

Medical, dental and vision, a 401(k) with a 3% match, two weeks of PTO plus holidays and an
employee discount on furniture.
""",
        "requirements": """\
- 4+ years of office management or senior administrative experience
- QuickBooks or another accounting system
- Strong Microsoft 365 skills
- Basic HR administration knowledge
- Associate or bachelor's degree preferred
""",
        "client_name": "Thornapple Office Interiors",
        "confidential": False,
        "featured": False,
        "status": "filled",
        "posted_days_ago": 36,
        "expires_in_days": None,
    },
    {
        "title": "HR Coordinator",
        "category": "administrative",
        "employment_type": "contract_to_hire",
        "workplace": "hybrid",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46241",
        "pay_min": 24,
        "pay_max": 28,
        "pay_period": "hour",
        "summary": (
            "Support hiring, onboarding and employee records for an Indianapolis distribution "
            "company with 600 employees. Hybrid, contract-to-hire."
        ),
        "description": """\
An Indianapolis distribution company with three warehouses and about 600 employees needs an HR
coordinator to help with a busy hiring season. You will join an HR team of four and work closely
with warehouse managers. Many employees speak Spanish, so the team values bilingual skills and a
welcoming style.

### What you'll do

- Schedule interviews and send offer letters
- Run new hire orientation and complete I-9 paperwork
- Enter new hires and job changes in the HR system
- Answer employee questions about benefits, time off and policies
- Keep personnel files accurate and confidential
- Help plan employee events and recognition programs

### Schedule and pay

Hybrid: three days on site at the warehouses and two from home, Monday to Friday, 8:00 a.m. to
5:00 p.m. Paid weekly through Amtec, with a planned direct hire conversion.
""",
        "requirements": """\
- 2+ years of HR or recruiting coordination experience
- An HRIS such as UKG, Paycom or similar
- Knowledge of I-9 and E-Verify
- Spanish language skills are a plus
- Bachelor's degree in human resources or business preferred
""",
        "client_name": "White River Crossing Distribution",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 21,
        "expires_in_days": 25,
    },
    # Healthcare
    {
        "title": "Licensed Practical Nurse (LPN)",
        "category": "healthcare",
        "employment_type": "contract",
        "workplace": "onsite",
        "city": "Cincinnati",
        "state": "OH",
        "postal_code": "45219",
        "pay_min": 32,
        "pay_max": 36,
        "pay_period": "hour",
        "summary": (
            "Provide nursing care in busy outpatient clinics in Cincinnati. 13-week contract with "
            "weekly pay and no nights or weekends."
        ),
        "description": """\
A Cincinnati health system needs LPNs for its primary care and specialty clinics. The contract
runs 13 weeks, with a strong chance of extension. You will work with physicians, nurse
practitioners and registered nurses caring for patients of all ages. Each clinic has a nurse
manager on site to answer questions and support contract staff.

### What you'll do

- Room patients, take vital signs and update medical histories
- Give injections and vaccines and perform point-of-care tests
- Carry out provider orders and document care in Epic
- Answer patient calls and handle prescription refill requests
- Educate patients on medications and follow-up care
- Stock exam rooms and check emergency equipment

### Schedule and pay

Monday to Friday, 8:00 a.m. to 4:30 p.m. No nights, weekends or holidays. Paid weekly through
Amtec, with medical coverage available from your first week.
""",
        "requirements": """\
- Current Ohio LPN license or multistate compact license
- BLS certification from the American Heart Association
- 1+ year of nursing experience, clinic experience preferred
- Epic or another EHR
- Able to pass a background check and drug screen
""",
        "client_name": "Ohio Riverbend Health Partners",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 1,
        "expires_in_days": 20,
    },
    {
        "title": "Registered Nurse (RN) \u2013 Med/Surg Nights",
        "category": "healthcare",
        "employment_type": "contract",
        "workplace": "onsite",
        "city": "Nashville",
        "state": "TN",
        "postal_code": "37203",
        "pay_min": 52,
        "pay_max": 60,
        "pay_period": "hour",
        "summary": (
            "Night-shift med/surg nursing at a confidential Nashville hospital. 13-week contract, "
            "three 12-hour shifts a week, paid weekly."
        ),
        "description": """\
A Nashville hospital is looking for experienced medical-surgical nurses for its 32-bed unit on
nights. The hospital has asked Amtec to keep its name confidential; your recruiter will share it
before you apply. The unit has a strong nursing team and a charge nurse on every shift. Contract
nurses get a full unit orientation before taking a patient assignment.

### What you'll do

- Care for four to five adult patients per shift
- Assess patients, give medications and manage IVs
- Monitor post-surgical patients and respond to changes in condition
- Document care in the electronic health record
- Educate patients and families before discharge
- Work with physicians, therapists and case managers

### Schedule and pay

Three 12-hour night shifts a week (7:00 p.m. to 7:30 a.m.), including every third weekend. The
13-week contract can be extended. Paid weekly; the rate includes the night differential.
""",
        "requirements": """\
- Active Tennessee RN license or multistate compact license
- 2+ years of recent acute care med/surg nursing experience
- BLS and ACLS certifications
- Able to pass a background check, drug screen and health screening
- Associate or bachelor's degree in nursing (BSN preferred)
""",
        "client_name": "Cumberland Bend Medical Center",
        "confidential": True,
        "featured": False,
        "status": "open",
        "posted_days_ago": 3,
        "expires_in_days": 10,
    },
    {
        "title": "Certified Medical Assistant",
        "category": "healthcare",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Lexington",
        "state": "KY",
        "postal_code": "40503",
        "pay_min": 19,
        "pay_max": 22,
        "pay_period": "hour",
        "summary": (
            "Support physicians in a family medicine clinic in Lexington. Direct hire with "
            "weekday hours, benefits and paid holidays."
        ),
        "description": """\
A family medicine practice with three clinics in Lexington is hiring a certified medical assistant
for its south-side clinic. The practice is known for long-term patient relationships and a
supportive team, and many of its medical assistants have gone on to nursing school with help from
the practice. Each medical assistant works with the same two providers, so you will get to know
your patients.

### What you'll do

- Room patients, take vital signs and record histories
- Prepare exam rooms and assist providers with procedures
- Draw blood and collect lab specimens
- Give vaccines and injections as directed
- Handle prior authorizations and referrals
- Document accurately in the electronic health record

### Schedule

Monday to Friday, 7:45 a.m. to 4:30 p.m., with one evening clinic a month.

### Benefits

Medical, dental and vision, a 401(k) with a match, PTO, paid holidays and tuition support for
nursing and continuing education.
""",
        "requirements": """\
- Medical assistant certification (CMA, RMA or CCMA)
- 1+ year of clinic experience
- Phlebotomy skills
- BLS certification
- High school diploma or GED
""",
        "client_name": "Limestone Ridge Family Clinics",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 12,
        "expires_in_days": None,
    },
    {
        "title": "Medical Coder (CPC)",
        "category": "healthcare",
        "employment_type": "contract_to_hire",
        "workplace": "remote",
        "city": "Louisville",
        "state": "KY",
        "postal_code": "40202",
        "pay_min": 27,
        "pay_max": 31,
        "pay_period": "hour",
        "summary": (
            "Code outpatient visits and procedures for a Louisville physician group. Remote, "
            "contract-to-hire, weekday hours."
        ),
        "description": """\
A Louisville physician group with 90 providers in primary care, cardiology and orthopedics needs a
medical coder to help clear a backlog and support steady growth. The coding team works remotely
and meets by video each week. Coders get regular feedback from an auditor and time each month for
continuing education. Most charts are primary care and orthopedic visits, with some cardiology
testing.

### What you'll do

- Assign CPT, ICD-10-CM and HCPCS codes to outpatient visits and procedures
- Review provider documentation for accuracy and completeness
- Query providers when documentation is unclear
- Resolve coding-related claim denials
- Meet productivity goals and an accuracy rate of 95% or better
- Keep up with coding updates and payer rules

### Schedule and pay

Remote, Monday to Friday, with flexible start times between 7:00 and 9:00 a.m. Eastern. Paid
weekly through Amtec, with direct hire after 90 days.
""",
        "requirements": """\
- CPC certification from AAPC, or CCS from AHIMA
- 2+ years of outpatient professional coding
- Orthopedic or cardiology coding experience is a plus
- Epic or athenahealth
- Home office that protects patient privacy
""",
        "client_name": "Cherokee Triangle Physician Group",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 8,
        "expires_in_days": 35,
    },
    {
        "title": "Director of Nursing (RN)",
        "category": "healthcare",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Atlanta",
        "state": "GA",
        "postal_code": "30318",
        "pay_min": 110000,
        "pay_max": 125000,
        "pay_period": "year",
        "summary": (
            "Lead nursing care at a 120-bed skilled nursing and rehabilitation community in "
            "Atlanta. Direct hire with a sign-on bonus."
        ),
        "description": """\
A senior living company is hiring a Director of Nursing for its 120-bed skilled nursing and
rehabilitation community in northwest Atlanta. You will lead a nursing team of about 80 and report
to the administrator. The community has strong therapy and social work teams and a stable
leadership group.

### What you'll do

- Lead, hire, train and schedule nurses and nursing assistants
- Make sure care meets state and federal regulations
- Lead survey readiness and quality assurance programs
- Oversee infection prevention and clinical policies
- Work with physicians, therapists and families on care plans
- Manage the nursing budget and staffing levels

### Schedule

Monday to Friday, with on-call duties shared with the assistant director of nursing.

### Benefits

Medical, dental and vision, a 401(k) with a match, four weeks of PTO, a $10,000 sign-on bonus and
an annual bonus tied to quality results.
""",
        "requirements": """\
- Active Georgia RN license
- 3+ years of nursing leadership in long-term care or skilled nursing
- Strong knowledge of CMS regulations and the survey process
- BSN preferred; MSN is a plus
- PointClickCare or a similar EHR
""",
        "client_name": "Sweetgum Hollow Senior Living",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 27,
        "expires_in_days": None,
    },
    {
        "title": "Certified Nursing Assistant (CNA) \u2013 Weekends",
        "category": "healthcare",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Columbus",
        "state": "OH",
        "postal_code": "43214",
        "pay_min": 18,
        "pay_max": 21,
        "pay_period": "hour",
        "summary": (
            "Weekend CNA shifts at a Columbus senior care center. Temporary, 12-hour day or night "
            "shifts, paid weekly."
        ),
        "description": """\
A senior care center in north Columbus needs certified nursing assistants to cover weekend shifts
for the next two months. You will help residents with daily care and work closely with the nurses
on each unit. The center has a stable, experienced nursing team and good staffing ratios. Weekend
staff can pick up extra weekday shifts when available.

### What you'll do

- Help residents with bathing, dressing, eating and mobility
- Take vital signs and report changes to the nurse
- Reposition residents and help prevent falls
- Record care in the electronic charting system
- Keep rooms clean and safe
- Treat every resident with patience and respect

### Schedule and pay

Saturday and Sunday, 12-hour shifts (7:00 a.m. to 7:00 p.m. or 7:00 p.m. to 7:00 a.m.). Night
shifts pay at the top of the range. Paid weekly through Amtec.
""",
        "requirements": """\
- Active Ohio STNA (state-tested nurse aide) certification
- 6+ months of CNA experience in long-term care or a hospital
- BLS certification
- Able to lift and transfer residents safely
- Able to pass a background check and TB test
""",
        "client_name": "Olentangy Meadows Care Center",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 2,
        "expires_in_days": 6,
    },
    {
        "title": "Phlebotomist",
        "category": "healthcare",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46202",
        "pay_min": 19,
        "pay_max": 21,
        "pay_period": "hour",
        "summary": (
            "Draw blood and process specimens at a patient service center near downtown "
            "Indianapolis. Temporary day shifts with weekly pay."
        ),
        "description": """\
A regional lab company needs phlebotomists at its patient service center near downtown
Indianapolis. The center sees 80 to 100 patients a day, so it is busy, organized and friendly.
Experienced phlebotomists lead a short orientation on the lab's procedures before you work on your
own. The center is on a bus line and has free parking for staff.

### What you'll do

- Greet patients and confirm their identity and test orders
- Perform venipuncture and fingerstick collections on adults and children
- Label, process and package specimens
- Centrifuge and store samples correctly
- Enter orders and specimen data in the lab system
- Follow safety and infection control rules

### Schedule and pay

Monday to Friday, 6:30 a.m. to 3:00 p.m., with some Saturday mornings. Paid weekly through Amtec,
and the assignment is expected to last about three months.
""",
        "requirements": """\
- Phlebotomy certification (ASCP, NHA or AMT)
- 1+ year of phlebotomy experience
- Pediatric draws experience is a plus
- Strong customer service skills
- High school diploma or GED
""",
        "client_name": "Monon Trail Diagnostics",
        "confidential": False,
        "featured": False,
        "status": "closed",
        "posted_days_ago": 47,
        "expires_in_days": None,
    },
    # Logistics & warehouse
    {
        "title": "Forklift Operator \u2013 2nd Shift",
        "category": "logistics",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Indianapolis",
        "state": "IN",
        "postal_code": "46241",
        "pay_min": 19,
        "pay_max": 21,
        "pay_period": "hour",
        "summary": (
            "Load, unload and put away freight with sit-down and stand-up forklifts at an "
            "Indianapolis distribution center. Second shift, weekly pay."
        ),
        "description": """\
A busy distribution center on the southwest side of Indianapolis ships home goods to retail stores
across the Midwest. It is hiring forklift operators for second shift, and many temporary
associates are hired permanently after 90 days. The building is clean and well organized, and
leads on each shift help new operators learn the layout and the scanners.

### What you'll do

- Load and unload trailers with sit-down and stand-up forklifts
- Put away and replenish pallets using an RF scanner
- Check freight for damage and count accuracy
- Stage outbound orders by door and route
- Complete daily forklift safety checks
- Keep aisles and dock areas clean and safe

### Schedule and pay

Second shift, 3:00 p.m. to 11:30 p.m., Monday to Friday, with overtime during peak season. The pay
range includes a $1 per hour shift differential. Paid weekly by direct deposit.
""",
        "requirements": """\
- 1+ year of forklift experience in a warehouse
- Forklift certification, or able to pass the site's certification test
- Experience with RF scanners
- Able to lift 50 pounds and work in a warehouse without air conditioning
- Able to pass a drug screen and background check
""",
        "client_name": "White River Crossing Distribution",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 0,
        "expires_in_days": 21,
    },
    {
        "title": "Warehouse Associate (Pick/Pack)",
        "category": "logistics",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Columbus",
        "state": "OH",
        "postal_code": "43217",
        "pay_min": 18,
        "pay_max": 18,
        "pay_period": "hour",
        "summary": (
            "Pick, pack and ship online orders at a fulfillment center near Rickenbacker in "
            "Columbus. Temporary, first or second shift, no experience required."
        ),
        "description": """\
An e-commerce fulfillment center near Rickenbacker International Airport is hiring warehouse
associates to keep up with growing order volume. No experience is needed; training starts on day
one, and leads on every shift are there to help you learn the scanners and the building.

### What you'll do

- Pick items using a handheld scanner and a cart
- Pack orders carefully and print shipping labels
- Check orders for accuracy before they ship
- Receive and sort customer returns
- Keep work areas clean and organized
- Reach daily productivity goals with your team

### Schedule and pay

First shift (6:00 a.m. to 4:30 p.m.) or second shift (4:30 p.m. to 3:00 a.m.), four 10-hour days a
week. A fixed rate of $18 per hour, paid weekly. Forklift training is available for associates
who want to grow.
""",
        "requirements": """\
- Able to stand and walk for a full shift
- Able to lift up to 40 pounds
- Basic math and reading skills
- Reliable transportation to the south Columbus area
- Able to pass a background check
""",
        "client_name": "Big Walnut Fulfillment",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 4,
        "expires_in_days": -2,
    },
    {
        "title": "Logistics Coordinator",
        "category": "logistics",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Memphis",
        "state": "TN",
        "postal_code": "38118",
        "pay_min": 52000,
        "pay_max": 60000,
        "pay_period": "year",
        "summary": (
            "Schedule inbound and outbound freight for a Memphis cold storage company. Hybrid, "
            "direct hire, with a clear path to transportation manager."
        ),
        "description": """\
A Memphis cold storage and distribution company handles frozen and refrigerated food for grocers
and restaurant chains. Its logistics team schedules hundreds of trucks a week, and it is adding a
coordinator who enjoys solving problems on the fly. You will report to the transportation manager.

### What you'll do

- Schedule inbound and outbound appointments with carriers and customers
- Build and tender loads in the transportation management system
- Track shipments and solve delays before they become problems
- Audit freight bills and resolve billing disputes
- Keep customers updated on order status
- Report on on-time performance and carrier costs

### Schedule

Monday to Friday, 7:00 a.m. to 4:00 p.m., with two days a week from home after training.

### Benefits

Medical, dental and vision, a 401(k) with a 4% match, two weeks of PTO, paid holidays and tuition
assistance.
""",
        "requirements": """\
- 2+ years of logistics, dispatch or transportation experience
- A transportation management system (TMS)
- Strong Excel skills
- Clear communication by phone and email
- Bachelor's degree in supply chain or business preferred
""",
        "client_name": "Nonconnah Cold Storage",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 10,
        "expires_in_days": None,
    },
    {
        "title": "Warehouse Supervisor \u2013 Nights",
        "category": "logistics",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Louisville",
        "state": "KY",
        "postal_code": "40218",
        "pay_min": 62000,
        "pay_max": 70000,
        "pay_period": "year",
        "summary": (
            "Lead a team of 40 associates on nights at a Louisville e-commerce fulfillment center. "
            "Direct hire with a night shift premium."
        ),
        "description": """\
Ohio Falls Fulfillment ships online orders for apparel and home goods brands from its Louisville
warehouse. It is hiring a night shift supervisor to lead the receiving, picking and shipping teams
and to keep the building safe and on schedule. You will report to the operations manager.

### What you'll do

- Lead, coach and schedule about 40 associates and leads
- Plan labor to meet daily shipping deadlines
- Track productivity, accuracy and safety metrics
- Train associates on equipment, including forklifts and order pickers
- Solve inventory and shipping problems as they come up
- Lead safety meetings and investigate incidents

### Schedule

Sunday to Thursday, 6:00 p.m. to 4:30 a.m., with a night shift premium built into the salary.

### Benefits

Medical, dental and vision, a 401(k) with a 4% match, 15 days of PTO and quarterly performance
bonuses.
""",
        "requirements": """\
- 2+ years of warehouse supervision experience
- A warehouse management system (Manhattan, Blue Yonder or similar)
- Forklift certification, or willing to get certified
- Strong Excel skills
- OSHA 10 certification preferred
""",
        "client_name": "Ohio Falls Fulfillment",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 18,
        "expires_in_days": 30,
    },
    {
        "title": "CDL Class A Driver \u2013 Regional",
        "category": "logistics",
        "employment_type": "direct_hire",
        "workplace": "onsite",
        "city": "Dayton",
        "state": "OH",
        "postal_code": "45414",
        "pay_min": 78000,
        "pay_max": 90000,
        "pay_period": "year",
        "summary": (
            "Regional CDL-A driving out of Dayton, home every weekend. Direct hire with full "
            "benefits and a newer fleet."
        ),
        "description": """\
A Dayton trucking company hauls dry van freight for manufacturers across Ohio, Indiana, Kentucky,
Michigan and Pennsylvania. It is hiring regional drivers who want steady miles and their weekends
at home. Trucks are less than three years old and are assigned to one driver. Dispatchers know
their drivers by name.

### What you'll do

- Drive dry van loads within about 500 miles of Dayton
- Complete pre-trip and post-trip inspections
- Use the electronic logging device and follow hours-of-service rules
- Deliver freight safely and on time
- Communicate with dispatch about delays or problems
- Keep your truck clean and report maintenance issues

### Schedule

Out Monday, home Friday or Saturday. Mostly no-touch freight.

### Benefits

Medical, dental and vision, a 401(k) with a match, paid vacation, a quarterly safety bonus and a
sign-on bonus for experienced drivers.
""",
        "requirements": """\
- Valid Class A CDL
- 1+ year of verifiable tractor-trailer experience
- Clean driving record (no more than two moving violations in three years)
- Current DOT medical card
- Able to pass a DOT drug screen
""",
        "client_name": "Great Miami Freight Lines",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 25,
        "expires_in_days": None,
    },
    {
        "title": "Inventory Control Specialist",
        "category": "logistics",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Dallas",
        "state": "TX",
        "postal_code": "75241",
        "pay_min": 21,
        "pay_max": 24,
        "pay_period": "hour",
        "summary": (
            "Run cycle counts, research variances and keep inventory accurate at a Dallas "
            "distribution center. Contract-to-hire, day shift."
        ),
        "description": """\
A Dallas distribution center that supplies building products to retailers needs an inventory
control specialist. You will work with receiving, shipping and the office team to keep system
inventory matched to what is really on the shelves. Accurate counts here keep store deliveries
complete and on time. The team is small, so your work is noticed and valued.

### What you'll do

- Perform daily cycle counts with an RF scanner
- Research and correct inventory variances
- Audit locations and fix mislabeled or misplaced pallets
- Run inventory reports from the warehouse management system
- Help plan and run the annual physical inventory
- Operate a forklift or order picker to reach high locations

### Schedule and pay

Monday to Friday, 7:00 a.m. to 3:30 p.m. Paid weekly through Amtec, with a direct hire offer after
90 days.
""",
        "requirements": """\
- 1+ year of inventory control experience in a warehouse
- Forklift or order picker experience
- A warehouse management system and RF scanners
- Intermediate Excel skills
- Strong attention to detail
""",
        "client_name": "Elm Fork Distribution",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 32,
        "expires_in_days": 40,
    },
    {
        "title": "Reach Truck Operator \u2013 Cold Storage",
        "category": "logistics",
        "employment_type": "temporary",
        "workplace": "onsite",
        "city": "Memphis",
        "state": "TN",
        "postal_code": "38118",
        "pay_min": 21,
        "pay_max": 23,
        "pay_period": "hour",
        "summary": (
            "Operate reach trucks in a freezer warehouse in Memphis. Temporary nights, with a cold "
            "storage premium and freezer gear provided."
        ),
        "description": """\
A Memphis cold storage warehouse stores frozen foods for grocery and restaurant customers. It
needs reach truck and forklift operators who are comfortable working in freezer temperatures and
want steady hours through the busy season. The warehouse has a strong safety record and clear
procedures.

### What you'll do

- Put away and retrieve pallets at heights of up to 35 feet with a reach truck
- Load and unload refrigerated trailers
- Scan pallets and confirm locations with an RF device
- Wrap pallets and check them for damage
- Complete equipment safety checks at the start of every shift
- Follow cold-weather safety rules and take warm-up breaks

### Schedule and pay

Sunday to Thursday, 10:00 p.m. to 6:30 a.m. The pay range includes a freezer premium, and freezer
suits, gloves and boots are provided. Paid weekly.
""",
        "requirements": """\
- 1+ year of reach truck experience
- Forklift certification
- Able to work in temperatures as low as -10 degrees F
- Able to lift 50 pounds
- Able to pass a drug screen
""",
        "client_name": "Nonconnah Cold Storage",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 52,
        "expires_in_days": 60,
    },
    {
        "title": "Transportation Planner",
        "category": "logistics",
        "employment_type": "contract",
        "workplace": "remote",
        "city": "Atlanta",
        "state": "GA",
        "postal_code": "30303",
        "pay_min": 30,
        "pay_max": 36,
        "pay_period": "hour",
        "summary": (
            "Plan routes and loads for a Southeast logistics company's dedicated truck fleet. "
            "Remote contract for about six months."
        ),
        "description": """\
An Atlanta third-party logistics company runs dedicated truck fleets for retailers and food
distributors across the Southeast. It needs a transportation planner for about six months while it
brings on a large new customer. You will join a planning team of six that works remotely and stays
in touch all day by chat and phone. Planners get access to the routing system and a headset before
their start date.

### What you'll do

- Build daily routes and load plans in the routing software
- Balance driver hours, truck capacity and delivery windows
- Adjust plans when orders change or trucks break down
- Work with dispatchers and customer service to solve problems
- Track cost per mile and on-time delivery
- Suggest route changes that save miles and time

### Schedule and pay

Remote, Monday to Friday, with a 5:00 a.m. Eastern start. Paid weekly through Amtec.
""",
        "requirements": """\
- 2+ years of transportation planning or dispatch experience
- Routing software such as Descartes, Omnitracs or similar
- Strong Excel skills
- Knowledge of DOT hours-of-service rules
- Quiet home office with reliable internet
""",
        "client_name": "Chattahoochee Bend Logistics",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 14,
        "expires_in_days": 20,
    },
    # Sales & customer service
    {
        "title": "Customer Service Representative \u2013 Remote",
        "category": "sales-customer-service",
        "employment_type": "contract_to_hire",
        "workplace": "remote",
        "city": "Columbus",
        "state": "OH",
        "postal_code": "43219",
        "pay_min": 18,
        "pay_max": 20,
        "pay_period": "hour",
        "summary": (
            "Help policyholders with billing and policy questions by phone and chat. Remote for "
            "Ohio residents, contract-to-hire, with paid training."
        ),
        "description": """\
A Columbus insurance company is hiring customer service representatives to support its auto and
home policyholders. Paid training lasts three weeks, and the company has promoted many
representatives into licensed agent and team lead roles. You will join a team of about 12
representatives with a dedicated team lead, and you will use two monitors provided by the company.
Calls are steady but not rushed.

### What you'll do

- Answer inbound calls and chats from policyholders
- Explain bills, payments and policy changes clearly
- Update customer records and process simple changes
- Send requests to the underwriting and claims teams
- Follow up on open questions
- Meet quality and customer satisfaction goals

### Schedule and pay

Monday to Friday, 9:00 a.m. to 5:30 p.m. Eastern, with one Saturday a month. Remote for
candidates who live in Ohio. Paid weekly through Amtec, with direct hire after 120 days.
""",
        "requirements": """\
- 1+ year of call center or customer service experience
- Comfortable using several computer programs at once
- Quiet home workspace and a wired internet connection
- Typing speed of 35+ words per minute
- Insurance experience is a plus
""",
        "client_name": "Alum Creek Mutual Insurance",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 1,
        "expires_in_days": 30,
    },
    {
        "title": "Inside Sales Representative \u2013 Industrial Supply",
        "category": "sales-customer-service",
        "employment_type": "direct_hire",
        "workplace": "hybrid",
        "city": "Cincinnati",
        "state": "OH",
        "postal_code": "45246",
        "pay_min": 50000,
        "pay_max": 58000,
        "pay_period": "year",
        "summary": (
            "Sell motors, drives and electrical parts to plants and contractors across the "
            "Tri-State. Base salary plus commission, hybrid schedule."
        ),
        "description": """\
A Cincinnati distributor of electrical and automation products serves manufacturing plants,
contractors and maintenance teams in Ohio, Kentucky and Indiana. It is adding an inside sales
representative to support its growing customer base. The branch has a counter, a warehouse and a
tight-knit team of 14.

### What you'll do

- Answer customer calls and emails and prepare quotes
- Process orders and follow them through delivery
- Recommend products and substitutes for hard-to-find items
- Work with outside sales representatives on key accounts
- Follow up on open quotes and grow existing accounts
- Keep customer records current in the CRM

### Schedule

Monday to Friday, 7:30 a.m. to 4:30 p.m., with one day a week from home after training.

### Benefits

Base salary plus monthly commission (first-year earnings are typically $60,000 to $70,000),
medical, dental and vision, a 401(k) with a match and two weeks of PTO.
""",
        "requirements": """\
- 1+ year of sales or customer service experience, ideally with industrial products
- Mechanical or electrical aptitude
- Strong phone and email skills
- Experience with a CRM
- Associate or bachelor's degree preferred
""",
        "client_name": "Voltline Industrial Supply",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 7,
        "expires_in_days": None,
    },
    {
        "title": "Technical Sales Engineer \u2013 Material Handling",
        "category": "sales-customer-service",
        "employment_type": "direct_hire",
        "workplace": "remote",
        "city": "Dallas",
        "state": "TX",
        "postal_code": "75201",
        "pay_min": 95000,
        "pay_max": 115000,
        "pay_period": "year",
        "summary": (
            "Design and sell conveyor and automation systems to warehouses and plants in Texas "
            "and Oklahoma. Remote with travel; base salary plus commission."
        ),
        "description": """\
Trinity Bend Conveyor Systems designs and installs conveyor, sortation and automation systems for
distribution centers and factories. It is hiring a sales engineer to cover Texas and Oklahoma,
working from home and visiting customers across the territory.

### What you'll do

- Meet with customers to understand their material handling problems
- Design conveyor layouts and estimate costs with the engineering team
- Write proposals and present solutions to plant and operations leaders
- Manage a pipeline of projects in the CRM
- Support projects from signed contract to installation
- Attend trade shows and build relationships with integrators

### Schedule

Remote, with about 50% travel within the territory.

### Benefits

Base salary plus commission (on-target earnings of $150,000 or more), a company vehicle, medical,
dental and vision, a 401(k) with a match and three weeks of PTO.
""",
        "requirements": """\
- Bachelor's degree in mechanical or industrial engineering, or equivalent experience
- 3+ years of technical sales or applications engineering in material handling or automation
- Able to read and create layouts in AutoCAD
- Strong presentation and negotiation skills
- Valid driver's license and a clean driving record
""",
        "client_name": "Trinity Bend Conveyor Systems",
        "confidential": False,
        "featured": True,
        "status": "open",
        "posted_days_ago": 15,
        "expires_in_days": 30,
    },
    {
        "title": "Account Manager \u2013 Employee Benefits",
        "category": "sales-customer-service",
        "employment_type": "direct_hire",
        "workplace": "remote",
        "city": "Charlotte",
        "state": "NC",
        "postal_code": "28202",
        "pay_min": 60000,
        "pay_max": 72000,
        "pay_period": "year",
        "summary": (
            "Manage relationships with employer clients for a Charlotte benefits administration "
            "firm. Remote, direct hire, with a bonus plan."
        ),
        "description": """\
A Charlotte benefits administration firm runs HSA, FSA and COBRA programs for employers across the
country. Each account manager is the main contact for about 60 client companies and works closely
with the operations and sales teams.

### What you'll do

- Be the main contact for a book of employer clients
- Lead onboarding for new clients and annual renewals
- Answer questions on plan rules, billing and reports
- Work with operations to fix service issues quickly
- Find chances to add new services for existing clients
- Hold regular check-in calls and track notes in the CRM

### Schedule

Remote, Monday to Friday on Eastern time, with travel to client meetings a few times a year.

### Benefits

Medical, dental and vision, a 401(k) with a 4% match, 18 days of PTO, an annual bonus and a home
office stipend.
""",
        "requirements": """\
- 3+ years of account management or client service experience
- Employee benefits, HR or insurance industry experience
- Strong written and spoken communication skills
- Salesforce or another CRM
- Bachelor's degree preferred; a North Carolina life and health license is a plus
""",
        "client_name": "Queens Road Benefits Administration",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 40,
        "expires_in_days": None,
    },
    {
        "title": "Call Center Supervisor",
        "category": "sales-customer-service",
        "employment_type": "contract_to_hire",
        "workplace": "onsite",
        "city": "Phoenix",
        "state": "AZ",
        "postal_code": "85004",
        "pay_min": 24,
        "pay_max": 27,
        "pay_period": "hour",
        "summary": (
            "Lead a team of 15 customer service agents in a downtown Phoenix contact center. "
            "Contract-to-hire on day shift."
        ),
        "description": """\
A Phoenix home warranty company runs a busy contact center that helps homeowners book repairs for
appliances, plumbing and air conditioning. It is adding a supervisor to lead one of its customer
service teams through the summer rush and beyond. Supervisors get leadership training in their
first month and meet weekly with the contact center manager to review goals and coaching plans.

### What you'll do

- Lead, coach and motivate a team of about 15 agents
- Monitor calls and give feedback to improve quality
- Handle escalated calls with care and good judgment
- Track service levels, handle time and customer satisfaction
- Plan schedules and approve time off
- Run team huddles and share updates

### Schedule and pay

Monday to Friday, 8:00 a.m. to 5:00 p.m., with some Saturdays during the summer peak. Paid weekly
through Amtec, with direct hire after 90 days.
""",
        "requirements": """\
- 2+ years of call center experience, including 1+ year as a team lead or supervisor
- Call center metrics and workforce management tools
- Strong coaching and conflict resolution skills
- Comfortable with computers and CRM systems
- Bilingual English and Spanish is a plus
""",
        "client_name": "Sonoran Sky Home Warranty",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 29,
        "expires_in_days": 20,
    },
    {
        "title": "Bilingual Customer Support Specialist (Spanish)",
        "category": "sales-customer-service",
        "employment_type": "temporary",
        "workplace": "remote",
        "city": "Houston",
        "state": "TX",
        "postal_code": "77002",
        "pay_min": 20,
        "pay_max": 20,
        "pay_period": "hour",
        "summary": (
            "Help Spanish- and English-speaking customers with their electricity accounts by "
            "phone. Remote temporary role for Texas residents during the summer peak."
        ),
        "description": """\
A Houston retail electricity provider is hiring bilingual customer support specialists for its
busiest season. You will help customers start service, understand their bills and set up payment
plans. Two weeks of paid training are held online before you take calls. Team leads are bilingual
and available on chat throughout every shift.

### What you'll do

- Answer calls from customers in Spanish and English
- Start, transfer and stop electricity service
- Explain bills, rates and usage clearly
- Set up payment arrangements according to company policy
- Record every conversation accurately in the CRM
- Escalate complex issues to a team lead

### Schedule and pay

Remote for Texas residents. Shifts fall between 7:00 a.m. and 8:00 p.m. Central, Monday to
Saturday, 40 hours a week. A fixed rate of $20 per hour, paid weekly. The assignment lasts about
four months.
""",
        "requirements": """\
- Fluent in Spanish and English, spoken and written
- 1+ year of customer service experience
- Comfortable with computers and multiple screens
- Quiet home workspace and a wired internet connection
- Must live in Texas
""",
        "client_name": "Buffalo Bayou Power & Light",
        "confidential": False,
        "featured": False,
        "status": "open",
        "posted_days_ago": 11,
        "expires_in_days": 14,
    },
]
