export const EVACUATION_OPERATION_STREAM = 'accord.evacuations.operation';
