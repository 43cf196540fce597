export const EVACUATION_OPERATION_STREAM = 'accord.evacuations.operation';
export const CAPACITY_STREAM = 'accord.evacuations.capacity';
