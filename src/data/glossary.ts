/**
 * Terms the story uses, each with a plain-language definition. The story links a term to its entry
 * here the first time it appears; the glossary chapter and the printed summary list them.
 */
export interface Term {
	/** The term as it appears in the text. */
	term: string;
	/** Other names a reader may meet. */
	also?: string;
	/** One or two short sentences a reader who left school at 14 can follow. */
	definition: string;
}

export const glossary = {
	leukemia: {
		term: 'Leukemia',
		definition: 'A cancer of the blood. The body makes too many faulty white blood cells.',
	},
	all: {
		term: 'Acute lymphoblastic leukemia',
		also: 'ALL, B-ALL, B-cell precursor ALL',
		definition:
			'A fast-growing leukemia. It starts in young white blood cells called lymphocytes. In B-ALL the faulty cells are B-cells.',
	},
	bcell: {
		term: 'B-cell',
		definition: 'A kind of white blood cell. Healthy B-cells make antibodies that fight germs.',
	},
	tcell: {
		term: 'T-cell',
		definition:
			'A kind of white blood cell that finds and kills sick cells. Helper T-cells (CD4+) organise the attack. Killer T-cells (CD8+) do the killing.',
	},
	relapsed: {
		term: 'Relapsed',
		definition: 'The cancer came back after treatment had pushed it down.',
	},
	refractory: {
		term: 'Refractory',
		definition: 'The cancer did not respond to treatment, or stopped responding.',
	},
	marrow: {
		term: 'Bone marrow',
		definition: 'The soft tissue inside bones where blood cells are made.',
	},
	remission: {
		term: 'Remission',
		also: 'complete remission',
		definition:
			'Tests can no longer find the cancer. It does not mean cured: the cancer can come back.',
	},
	lymphoma: {
		term: 'Lymphoma',
		also: 'large B-cell lymphoma',
		definition:
			'A cancer of white blood cells that mostly grows in lymph nodes (small glands of the immune system) rather than in the blood.',
	},
	cll: {
		term: 'CLL',
		also: 'chronic lymphocytic leukemia',
		definition: 'A slow-growing leukemia of B-cells, mostly in older adults.',
	},
	receptor: {
		term: 'Receptor',
		definition:
			'A part on the surface of a cell that senses one thing and passes the signal into the cell.',
	},
	detectable: {
		term: 'No detectable leukemia',
		definition:
			'Very sensitive tests found no leukemia cells. Every test has a limit, so a few cells could still hide below it.',
	},
	car: {
		term: 'CAR',
		also: 'chimeric antigen receptor',
		definition:
			'A man-made receptor (sensor) added to a T-cell. One part, taken from an antibody, spots a target. The other part switches the T-cell on.',
	},
	antibody: {
		term: 'Antibody',
		definition: 'A protein made by the immune system that sticks to one exact target.',
	},
	cd19: {
		term: 'CD19',
		definition:
			'A marker on the surface of B-cells, both leukemia cells and healthy ones. The CAR in this trial looks for it.',
	},
	cart: {
		term: 'CAR T-cell therapy',
		definition:
			"A treatment that takes a patient's own T-cells, gives them a CAR, grows many more of them, and puts them back.",
	},
	leukapheresis: {
		term: 'Leukapheresis',
		definition:
			'Collecting white blood cells. Blood runs through a machine that keeps the white cells and returns the rest.',
	},
	lymphodepletion: {
		term: 'Lymphodepletion',
		definition:
			'Chemotherapy given just before the new cells. It lowers the number of other white blood cells to make room.',
	},
	infusion: {
		term: 'Infusion',
		definition: 'Giving something into a vein through a drip.',
	},
	evaluable: {
		term: 'Evaluable',
		definition:
			'A patient whose response could be measured. A patient who was treated but could not be assessed is not evaluable.',
	},
	phase: {
		term: 'Early-phase trial',
		also: 'phase 1/2',
		definition:
			'A first, small study of a new treatment in people. It looks at safety and the right dose, and gives a first hint of whether it works.',
	},
	singleArm: {
		term: 'Single-arm trial',
		definition:
			'Every patient gets the new treatment. There is no comparison group, so it cannot show how it compares with other care.',
	},
	crs: {
		term: 'Cytokine release syndrome',
		also: 'CRS',
		definition:
			'A strong reaction when many immune cells switch on at once: fever and low blood pressure, sometimes life-threatening.',
	},
	grade: {
		term: 'Grade',
		definition:
			'How serious a side effect was, on a scale from 1 to 5. Grade 1 is mild, grade 2 moderate, grade 3 severe, grade 4 life-threatening, and grade 5 means the patient died of it.',
	},
	neurotoxicity: {
		term: 'Neurotoxicity',
		definition: 'Harm to the brain and nerves caused by a treatment.',
	},
	platelets: {
		term: 'Platelets',
		definition: 'Tiny blood cells that help blood to clot.',
	},
	lentivirus: {
		term: 'Lentivirus',
		definition:
			'A kind of virus, related to HIV. The one used to carry the CAR gene is disabled: it cannot cause disease.',
	},
	boxedWarning: {
		term: 'Boxed warning',
		definition:
			'The strongest warning the FDA puts on a medicine’s label, printed in a box. It points to risks that can be serious or fatal.',
	},
	mrd: {
		term: 'MRD-negative',
		also: 'minimal residual disease',
		definition:
			'A very sensitive test found no leukemia cells left. MRD means the few cells that can remain after treatment.',
	},
	median: {
		term: 'Median',
		definition:
			'The middle value. Half the patients did better than the median, and half did worse.',
	},
	efs: {
		term: 'Event-free survival',
		definition: 'The time until the leukemia came back or the patient died, whichever came first.',
	},
	os: {
		term: 'Overall survival',
		definition: 'The time until the patient died, from any cause.',
	},
	transplant: {
		term: 'Stem-cell transplant',
		also: 'allogeneic transplant',
		definition:
			'A treatment that replaces the blood-making cells of the bone marrow with healthy ones from a donor.',
	},
	interval: {
		term: 'Uncertainty range',
		also: '95% confidence interval',
		definition:
			'The range where the true rate could well be, given how few patients were counted. A small group gives a wide range.',
	},
	fda: {
		term: 'FDA',
		definition:
			'The US Food and Drug Administration, which decides which medicines may be sold in the United States.',
	},
	clinicalTrial: {
		term: 'Clinical trial',
		definition:
			'A research study that tests a treatment in people, to learn whether it is safe and whether it works.',
	},
} as const satisfies Record<string, Term>;

/** A glossary key, for linking to a term (`#term-<key>`). */
export type TermKey = keyof typeof glossary;
